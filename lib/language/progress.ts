// Level progression (razem §5.5): a passed level test opens the next level — an enrolment in the
// next level's course with the same contract, so the contract's state gates it as it gates the
// first (lib/billing/access.ts). Called by the action layer after a test submission, so
// lib/learning never depends on the language school; safe to call any number of times.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/errors';
import { levelOfCourse } from './programme';
import { programmeLevels } from './programme-levels';
import { nextLevelOf } from './rules/levels';

export type OpenedLevel = { cefr: string; courseId: string; enrolmentId: string; created: boolean };

/**
 * Enrols the learner in the level after `courseId` when they passed its test. Null when the
 * course is no level, is the last one, or its test is not passed (nothing is written then).
 */
export async function openNextLevel(
  userId: string,
  courseId: string,
  now = currentTime(),
): Promise<OpenedLevel | null> {
  const level = await levelOfCourse(courseId);
  if (!level) return null;
  const enrolment = await db().enrolment.findUnique({
    where: { userId_courseId: { userId, courseId } },
    select: { id: true, status: true, contractId: true, endsAt: true, attempts: { where: { passed: true }, take: 1 } },
  });
  if (!enrolment || enrolment.status !== 'ACTIVE' || enrolment.attempts.length === 0) return null;
  // A monthly contract pays for the course at whatever level the learner is (B6); a level paid in
  // full up front (razem-full) bought that level only, so the next one is a sign-up of its own.
  if (enrolment.contractId) {
    const c = await db().contract.findUnique({ where: { id: enrolment.contractId }, select: { planKind: true } });
    if (c?.planKind !== 'MONTHLY') return null;
  }
  const next = nextLevelOf(await programmeLevels(level.programmeId), courseId);
  if (!next) return null;
  const existing = await db().enrolment.findUnique({
    where: { userId_courseId: { userId, courseId: next.courseId } },
    select: { id: true },
  });
  if (existing) return { cefr: next.cefr, courseId: next.courseId, enrolmentId: existing.id, created: false };
  try {
    const created = await db().enrolment.create({
      data: {
        userId,
        courseId: next.courseId,
        startsAt: now,
        endsAt: enrolment.endsAt,
        contractId: enrolment.contractId,
      },
      select: { id: true },
    });
    return { cefr: next.cefr, courseId: next.courseId, enrolmentId: created.id, created: true };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A second submission tab opened it a moment ago.
    const raced = await db().enrolment.findUniqueOrThrow({
      where: { userId_courseId: { userId, courseId: next.courseId } },
      select: { id: true },
    });
    return { cefr: next.cefr, courseId: next.courseId, enrolmentId: raced.id, created: false };
  }
}

/** After a submitted attempt: opens the next level if it was a passed level test (else nothing). */
export async function openNextLevelAfterAttempt(userId: string, attemptId: string, now = currentTime()) {
  const attempt = await db().testAttempt.findFirst({
    where: { id: attemptId, passed: true, enrolment: { userId } },
    select: { enrolment: { select: { courseId: true } } },
  });
  return attempt ? openNextLevel(userId, attempt.enrolment.courseId, now) : null;
}
