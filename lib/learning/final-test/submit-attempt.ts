// Scoring a submitted attempt on the server. Submitting twice (double click, back button,
// two tabs) scores once: the update only matches an attempt that is still unsubmitted.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import type { AnswerValue, AttemptAnswers } from '@/lib/learning/questions/config';
import { parseAnswers, type SubmittedFields } from '@/lib/learning/questions/answers';
import { canSubmit } from './attempt-timing';
import { keyedQuestionsOf, takingQuestionsOf } from './attempt-questions';
import { isPassed, scoreAttempt, TamperedAnswerError } from './scoring';
import { describeAnswer, describeKey } from './answer-text';

/** Per question: points given (exact) of its max. */
export type StoredResult = { questionId: string; points: number; max: number; correct: boolean; answered: boolean };

/** TestAttempt.answers. Attempts sent before the other kinds existed hold `given` as option ids only. */
export type StoredAnswers = {
  given: AttemptAnswers | Record<string, string[]>;
  results?: StoredResult[];
  correct: string[];
  late: string | null;
};

function attemptOf(userId: string, attemptId: string) {
  return db().testAttempt.findFirst({
    where: { id: attemptId, enrolment: { userId } },
    select: {
      id: true,
      seed: true,
      questionIds: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      enrolment: { select: { endsAt: true, course: { select: { id: true, slug: true, passMarkPercent: true } } } },
    },
  });
}

/** The submitted form, read against exactly the questions this attempt showed. */
export async function submitAttemptForm(
  userId: string,
  attemptId: string,
  fields: SubmittedFields,
  now = currentTime(),
) {
  const attempt = await attemptOf(userId, attemptId);
  if (!attempt) throw new UserError('learning.attemptMissing');
  const taking = await takingQuestionsOf(attempt.enrolment.course.id, attempt);
  return submitAttempt(userId, attemptId, parseAnswers(fields, taking), now);
}

export async function submitAttempt(
  userId: string,
  attemptId: string,
  answers: AttemptAnswers,
  now = currentTime(),
): Promise<{ attemptId: string; slug: string }> {
  const attempt = await attemptOf(userId, attemptId);
  if (!attempt) throw new UserError('learning.attemptMissing');
  const { course } = attempt.enrolment;
  if (attempt.submittedAt) return { attemptId, slug: course.slug };

  const questions = await keyedQuestionsOf(course.id, attempt.questionIds);
  try {
    scoreAttempt(questions, answers); // rejects foreign ids even when the answers arrive too late
  } catch (e) {
    if (e instanceof TamperedAnswerError) throw new UserError('learning.tampered');
    throw e;
  }
  const limit = attempt.deadlineAt ? (attempt.deadlineAt.getTime() - attempt.startedAt.getTime()) / 60_000 : null;
  const verdict = canSubmit({ startedAt: attempt.startedAt, accessEndsAt: attempt.enrolment.endsAt, now, limit });
  // Answers sent after the time ran out are not counted: the attempt closes with what was on time (nothing).
  const counted: AttemptAnswers = verdict.ok ? answers : {};
  const score = scoreAttempt(questions, counted);
  const stored: StoredAnswers = {
    given: counted,
    results: score.perQuestion,
    correct: score.perQuestion.filter((r) => r.correct).map((r) => r.questionId),
    late: verdict.ok ? null : verdict.reason,
  };
  await db().testAttempt.updateMany({
    where: { id: attempt.id, submittedAt: null },
    data: {
      submittedAt: now,
      answers: stored,
      scoredPoints: score.points,
      points: Math.round(score.points),
      maxPoints: score.maxPoints,
      percent: score.percent,
      passed: isPassed(score.percent, course.passMarkPercent),
    },
  });
  return { attemptId, slug: course.slug };
}

/** An answer as stored: old attempts kept a list of option ids per question. */
function storedAnswer(given: StoredAnswers['given'], id: string): AnswerValue | undefined {
  const v = (given as Record<string, unknown>)[id];
  if (Array.isArray(v)) return { kind: 'choice', optionIds: v as string[] };
  return v as AnswerValue | undefined;
}

export type ResultQuestion = {
  id: string;
  kind: string;
  text: string;
  points: number;
  max: number;
  correct: boolean;
  answered: boolean;
  given: string[];
  /** Only when the course shows answers. */
  expected: string[] | null;
};

/**
 * The scored attempt, each question with its points and what the learner answered; the key
 * only with `showAnswers` (the course's testShowsAnswers) and only once submitted.
 */
export async function attemptResult(userId: string, slug: string, attemptId: string, showAnswers = false) {
  const attempt = await db().testAttempt.findFirst({
    where: { id: attemptId, enrolment: { userId, course: { slug } } },
    select: {
      id: true,
      number: true,
      questionIds: true,
      submittedAt: true,
      answers: true,
      points: true,
      scoredPoints: true,
      maxPoints: true,
      percent: true,
      passed: true,
      enrolment: { select: { courseId: true } },
    },
  });
  if (!attempt) return null;
  const { enrolment, answers, ...rest } = attempt;
  if (!attempt.submittedAt) return { attempt: { ...rest, late: null }, questions: [] as ResultQuestion[] };
  const stored = answers as StoredAnswers;
  const keyed = await keyedQuestionsOf(enrolment.courseId, attempt.questionIds);
  const results = new Map((stored.results ?? []).map((r) => [r.questionId, r]));
  const questions: ResultQuestion[] = keyed.map((q) => {
    const r = results.get(q.id);
    const correct = r ? r.correct : stored.correct.includes(q.id);
    const given = describeAnswer(q, storedAnswer(stored.given, q.id));
    return {
      id: q.id,
      kind: q.kind,
      text: q.text,
      points: r?.points ?? (correct ? q.points : 0),
      max: r?.max ?? q.points,
      correct,
      answered: r?.answered ?? given.length > 0,
      given,
      expected: showAnswers ? describeKey(q) : null,
    };
  });
  return { attempt: { ...rest, late: stored.late }, questions };
}
