// What the result page of one attempt shows: the score with partial credit, passed or not, the
// attempts left and when the next is possible, and (only in a course that shows answers) the key.
import { currentTime } from '@/lib/clock/clock';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { courseAccess } from '@/lib/learning/access';
import { formatPercent } from '@/lib/format/percent';
import { attemptSettings, attemptsOf } from './attempts';
import { formatPoints } from './answer-text';
import { retakeAt } from './rules/eligibility';
import { attemptResult } from './submit-attempt';

/** The line under the score: attempts left, and the wait if there is one. */
export function nextStepLines(
  input: { passed: boolean; left: number; nextAt: Date | null; now: Date },
  locale?: string,
): string[] {
  const t = messages(locale).quiz;
  if (input.passed) return [];
  const lines = [t.attemptsLeft(input.left)];
  if (input.left > 0)
    lines.push(
      input.nextAt && input.nextAt > input.now
        ? t.nextAttemptAt(formatDateTime(input.nextAt, locale))
        : t.nextAttemptNow,
    );
  return lines;
}

/** The page's texts are in `locale` (the reader's). */
export async function resultPage(
  userId: string,
  slug: string,
  attemptId: string,
  now = currentTime(),
  locale?: string,
) {
  const access = await courseAccess(userId, slug, now);
  if (access.kind === 'no-course' || access.kind === 'none') return null;
  const settings = await attemptSettings(access.course.id, access.enrolment.id);
  const result = await attemptResult(userId, slug, attemptId, settings.testShowsAnswers);
  if (!result) return null;
  const attempts = await attemptsOf(access.enrolment.id);
  const { attempt } = result;
  const left = Math.max(0, access.course.maxAttempts - attempts.length);
  const passedAny = attempts.some((a) => a.passed);
  const t = messages(locale).quiz;
  return {
    course: access.course,
    attempt,
    scoreLine: t.scoreLine(
      formatPoints(attempt.scoredPoints ?? attempt.points ?? 0, locale),
      attempt.maxPoints ?? 0,
      formatPercent(attempt.percent ?? 0, locale),
    ),
    nextSteps: nextStepLines(
      {
        passed: passedAny,
        left: access.kind === 'active' ? left : 0,
        nextAt: retakeAt({ attempts, retakeDelayHours: settings.retakeDelayHours }),
        now,
      },
      locale,
    ),
    canRetry: access.kind === 'active' && !passedAny && left > 0,
    showsAnswers: settings.testShowsAnswers,
    questions: result.questions.map((q) => ({
      ...q,
      pointsLine: t.questionPoints(formatPoints(q.points, locale), q.max),
      partly: !q.correct && q.points > 0,
    })),
  };
}
