// Final-test attempts. The draw is fixed by a stored seed, the key never leaves this module
// except as a score, and (enrolmentId, number) is unique so a double click never starts two.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { isUniqueViolation, UserError } from '@/lib/errors';
import { courseAccess } from '@/lib/learning/access';
import { formatDateTime } from '@/lib/format/time';
import { drawFromBank, newDrawSeed, seededShuffle } from './draw';
import { takingQuestionsOf } from './attempt-questions';
import { nextAttemptEligibility, type Eligibility } from './rules/eligibility';
import { attemptDeadline, DEFAULT_GRACE_SECONDS } from './attempt-timing';

type AttemptRow = {
  id: string;
  number: number;
  submittedAt: Date | null;
  deadlineAt: Date | null;
  percent: number | null;
  passed: boolean | null;
};

/** An unsubmitted attempt whose time has not run out (attempts without a limit stay open). */
export function isOpen(a: Pick<AttemptRow, 'submittedAt' | 'deadlineAt'>, now: Date): boolean {
  return a.submittedAt === null && (a.deadlineAt === null || a.deadlineAt.getTime() > now.getTime());
}

export function attemptsOf(enrolmentId: string) {
  return db().testAttempt.findMany({
    where: { enrolmentId },
    orderBy: { number: 'asc' },
    select: {
      id: true,
      number: true,
      startedAt: true,
      submittedAt: true,
      deadlineAt: true,
      percent: true,
      passed: true,
    },
  });
}

/** What the next-attempt rule needs beyond the attempts: the course's settings and lesson progress. */
export async function attemptSettings(courseId: string, enrolmentId: string) {
  const [course, lessonsTotal, lessonsDone, rules] = await Promise.all([
    db().course.findUniqueOrThrow({
      where: { id: courseId },
      select: { testRequiresLessons: true, retakeDelayHours: true, testShowsAnswers: true },
    }),
    db().lesson.count({ where: { module: { courseId } } }),
    db().lessonProgress.count({ where: { enrolmentId, lesson: { module: { courseId } } } }),
    db().testBankRule.findMany({ where: { courseId }, select: { category: true, count: true } }),
  ]);
  return { ...course, lessonsTotal, lessonsDone, rules };
}

/** Questions per bank category, to tell the learner how many the test really draws. */
export async function bankSizes(courseId: string): Promise<Map<string, number>> {
  const groups = await db().question.groupBy({ by: ['category'], where: { courseId }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.category, g._count._all]));
}

/** The refusal for a learner who may not start now, in the learner's words. */
function refusal(e: Exclude<Eligibility, { ok: true }>): UserError {
  switch (e.reason) {
    case 'passed':
      return new UserError('learning.alreadyPassed');
    case 'no-attempts':
      return new UserError('learning.noAttemptsLeft');
    case 'lessons':
      return new UserError({ code: 'quiz.lessonsFirst', params: [e.remaining] });
    case 'wait':
      return new UserError({ code: 'quiz.retakeAt', params: [formatDateTime(e.nextAt)] });
  }
}

/**
 * Starts the learner's next attempt, or returns the one still open (a reload or a second click
 * lands on the same attempt). Refuses when access is not active, the test is passed, no
 * attempts are left, lessons must come first or the wait after a failed attempt is not over.
 */
export async function startAttempt(userId: string, slug: string, now = currentTime()): Promise<{ attemptId: string }> {
  const access = await courseAccess(userId, slug, now);
  if (access.kind !== 'active') throw new UserError('learning.lockedShort');
  const { course, enrolment } = access;
  const attempts = await attemptsOf(enrolment.id);
  const open = attempts.find((a) => isOpen(a, now));
  if (open) return { attemptId: open.id };
  const settings = await attemptSettings(course.id, enrolment.id);
  const verdict = nextAttemptEligibility({
    attempts,
    maxAttempts: course.maxAttempts,
    requiresLessons: settings.testRequiresLessons,
    lessonsTotal: settings.lessonsTotal,
    lessonsDone: settings.lessonsDone,
    retakeDelayHours: settings.retakeDelayHours,
    now,
  });
  if (!verdict.ok) throw refusal(verdict);

  const bank = await db().question.findMany({ where: { courseId: course.id }, select: { id: true, category: true } });
  const seed = newDrawSeed();
  const drawn = drawFromBank(
    bank.map((q) => ({ ...q, options: [] })),
    settings.rules,
    course.testQuestionCount,
    seed,
  );
  if (drawn.length === 0) throw new UserError('learning.noQuestions');
  const number = (attempts.at(-1)?.number ?? 0) + 1;
  try {
    const created = await db().testAttempt.create({
      data: {
        enrolmentId: enrolment.id,
        number,
        seed,
        questionIds: drawn.map((q) => q.id),
        startedAt: now,
        deadlineAt: attemptDeadline(now, course.timeLimitMinutes),
      },
      select: { id: true },
    });
    return { attemptId: created.id };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A concurrent request started this very attempt a moment ago: use it.
    const twin = await db().testAttempt.findUniqueOrThrow({
      where: { enrolmentId_number: { enrolmentId: enrolment.id, number } },
      select: { id: true },
    });
    return { attemptId: twin.id };
  }
}

/** Option order per question follows from the attempt's seed, independent of the rest of the bank. */
export function shuffledOptions<O>(seed: string, questionId: string, options: readonly O[]): O[] {
  return seededShuffle(options, `${seed}:${questionId}`);
}

/**
 * The attempt as the learner takes it: TakingQuestions only (the key is not even selected).
 * Another person's attempt is null (404).
 */
export async function attemptForTaking(userId: string, slug: string, attemptId: string, now = currentTime()) {
  const attempt = await db().testAttempt.findFirst({
    where: { id: attemptId, enrolment: { userId, course: { slug } } },
    select: {
      id: true,
      number: true,
      seed: true,
      questionIds: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      enrolment: { select: { courseId: true } },
    },
  });
  if (!attempt) return null;
  const questions = await takingQuestionsOf(attempt.enrolment.courseId, attempt);
  const { seed: _seed, questionIds: _ids, enrolment: _e, ...rest } = attempt;
  // Past its time (with the submit grace), the attempt cannot be answered any more.
  const expired =
    rest.submittedAt === null &&
    rest.deadlineAt !== null &&
    rest.deadlineAt.getTime() + DEFAULT_GRACE_SECONDS * 1000 < now.getTime();
  return { attempt: rest, questions, expired };
}

export type TestStatus = {
  attempts: Awaited<ReturnType<typeof attemptsOf>>;
  open: { id: string } | null;
  best: number | null;
  passed: boolean;
  left: number;
};

/** The learner's standing in the final test: attempts so far, the best score, what they may do next. */
export async function testStatus(enrolmentId: string, maxAttempts: number, now = currentTime()): Promise<TestStatus> {
  const attempts = await attemptsOf(enrolmentId);
  const scored = attempts.filter((a) => a.percent !== null);
  const best = scored.length ? Math.max(...scored.map((a) => a.percent!)) : null;
  return {
    attempts,
    open: attempts.find((a) => isOpen(a, now)) ?? null,
    best,
    passed: attempts.some((a) => a.passed),
    left: Math.max(0, maxAttempts - attempts.length),
  };
}
