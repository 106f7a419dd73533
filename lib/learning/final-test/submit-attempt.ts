// Scoring a submitted attempt on the server. Submitting twice (double click, back button,
// two tabs) scores once: the update only matches an attempt that is still unsubmitted.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { canSubmit } from './attempt-timing';
import { isPassed, scoreAttempt, TamperedAnswerError, type Answers } from './scoring';

export type StoredAnswers = { given: Record<string, string[]>; correct: string[]; late: string | null };

export async function submitAttempt(
  userId: string,
  attemptId: string,
  answers: Answers,
  now = currentTime(),
): Promise<{ attemptId: string; slug: string }> {
  const attempt = await db().testAttempt.findFirst({
    where: { id: attemptId, enrolment: { userId } },
    select: {
      id: true,
      questionIds: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      enrolment: { select: { endsAt: true, course: { select: { id: true, slug: true, passMarkPercent: true } } } },
    },
  });
  if (!attempt) throw new UserError('learning.attemptMissing');
  const { course } = attempt.enrolment;
  if (attempt.submittedAt) return { attemptId, slug: course.slug };

  const rows = await db().question.findMany({
    where: { id: { in: attempt.questionIds }, courseId: course.id },
    select: { id: true, kind: true, options: { select: { id: true, correct: true } } },
  });
  const questions = rows.map((q) => ({
    id: q.id,
    kind: q.kind === 'MULTIPLE' ? ('multiple' as const) : ('single' as const),
    optionIds: q.options.map((o) => o.id),
    correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
  }));
  try {
    scoreAttempt(questions, answers); // rejects foreign ids even when the answers arrive too late
  } catch (e) {
    if (e instanceof TamperedAnswerError) throw new UserError('learning.tampered');
    throw e;
  }
  const limit = attempt.deadlineAt ? (attempt.deadlineAt.getTime() - attempt.startedAt.getTime()) / 60_000 : null;
  const verdict = canSubmit({ startedAt: attempt.startedAt, accessEndsAt: attempt.enrolment.endsAt, now, limit });
  // Answers sent after the time ran out are not counted: the attempt closes with what was on time (nothing).
  const counted: Answers = verdict.ok ? answers : {};
  const score = scoreAttempt(questions, counted);
  const stored: StoredAnswers = {
    given: Object.fromEntries(Object.entries(counted).map(([k, v]) => [k, [...v]])),
    correct: score.perQuestion.filter((r) => r.correct).map((r) => r.questionId),
    late: verdict.ok ? null : verdict.reason,
  };
  await db().testAttempt.updateMany({
    where: { id: attempt.id, submittedAt: null },
    data: {
      submittedAt: now,
      answers: stored,
      points: Math.round(score.points),
      maxPoints: score.maxPoints,
      percent: score.percent,
      passed: isPassed(score.percent, course.passMarkPercent),
    },
  });
  return { attemptId, slug: course.slug };
}

/** The scored attempt with each question marked right or wrong and what the learner ticked. */
export async function attemptResult(userId: string, slug: string, attemptId: string) {
  const attempt = await db().testAttempt.findFirst({
    where: { id: attemptId, enrolment: { userId, course: { slug } } },
    select: {
      id: true,
      number: true,
      questionIds: true,
      submittedAt: true,
      answers: true,
      points: true,
      maxPoints: true,
      percent: true,
      passed: true,
    },
  });
  if (!attempt) return null;
  if (!attempt.submittedAt) return { attempt, questions: [] };
  const stored = attempt.answers as StoredAnswers;
  const rows = await db().question.findMany({
    where: { id: { in: attempt.questionIds } },
    select: { id: true, text: true, options: { select: { id: true, text: true } } },
  });
  const byId = new Map(rows.map((q) => [q.id, q]));
  const questions = attempt.questionIds.flatMap((id) => {
    const q = byId.get(id);
    if (!q) return [];
    const given = new Set(stored.given[id] ?? []);
    return [
      {
        id,
        text: q.text,
        correct: stored.correct.includes(id),
        given: q.options.filter((o) => given.has(o.id)).map((o) => o.text),
      },
    ];
  });
  return { attempt: { ...attempt, late: stored.late }, questions };
}
