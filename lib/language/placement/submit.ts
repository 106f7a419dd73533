// Sending the placement test: scored once, in time. The sheet is read against exactly the questions
// the attempt showed, each question scored by its kind's own rule (lib/learning/questions/scoring.ts),
// summed per band, and the level recommended by the programme's mark. Sent twice or after the time:
// refused with the reason, nothing written (the update only matches an attempt still unsent).
import type { Prisma } from '@/lib/db/generated/client';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { keyedQuestionsOf, takingQuestionsOf } from '@/lib/learning/final-test/attempt-questions';
import { scoreAttempt, TamperedAnswerError } from '@/lib/learning/final-test/scoring';
import { parseAnswers, type SubmittedFields } from '@/lib/learning/questions/answers';
import { canSubmitPlacement, recommendLevel, type BandScore } from '@/lib/language/rules/placement';
import { placementAttemptOf } from './attempt';

const exact = (n: number) => Math.round(n * 10_000) / 10_000;

export async function submitPlacement(
  token: string | undefined,
  fields: SubmittedFields,
  now = currentTime(),
): Promise<{ attemptId: string; recommendedCefr: string }> {
  const found = await placementAttemptOf(token);
  const courseId = found?.programme.placementCourseId;
  if (!found || !courseId) throw new UserError('languagePlacement.errors.noAttempt');
  const { attempt, programme } = found;
  const verdict = canSubmitPlacement(attempt, now);
  if (!verdict.ok) throw new UserError(`languagePlacement.errors.${verdict.reason}`);

  const shown = await takingQuestionsOf(courseId, { seed: attempt.id, questionIds: attempt.questionIds });
  const answers = parseAnswers(fields, shown);
  const [keyed, categories] = await Promise.all([
    keyedQuestionsOf(courseId, attempt.questionIds),
    db().question.findMany({ where: { id: { in: attempt.questionIds } }, select: { id: true, category: true } }),
  ]);
  let score;
  try {
    score = scoreAttempt(keyed, answers);
  } catch (e) {
    if (e instanceof TamperedAnswerError) throw new UserError('languagePlacement.errors.tampered');
    throw e;
  }
  const band = new Map(categories.map((c) => [c.id, c.category]));
  const bands: BandScore[] = programme.bands.map((cefr) => {
    const mine = score.perQuestion.filter((r) => band.get(r.questionId) === cefr);
    return {
      cefr,
      scored: exact(mine.reduce((s, r) => s + r.points, 0)),
      max: mine.reduce((s, r) => s + r.max, 0),
    };
  });
  const recommendedCefr = recommendLevel(bands, programme.placementBandPercent) ?? programme.bands[0];
  const { count } = await db().placementAttempt.updateMany({
    where: { id: attempt.id, submittedAt: null },
    data: {
      submittedAt: now,
      answers: { given: answers, results: score.perQuestion } as unknown as Prisma.InputJsonValue,
      bandScores: bands,
      recommendedCefr,
    },
  });
  if (count === 0) throw new UserError('languagePlacement.errors.alreadySubmitted');
  return { attemptId: attempt.id, recommendedCefr };
}
