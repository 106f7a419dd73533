// The zone's view of every level of the learner's programme: its state (passed / current / open /
// locked / skipped), lessons done, the level test's state (score, and after a fail when it may be
// retaken), the certificate and the last certificate request with what was missing.
import { db } from '@/lib/db/client';
import { attemptSettings, attemptsOf, isOpen } from '@/lib/learning/final-test/attempts';
import { nextAttemptEligibility } from '@/lib/learning/final-test/rules/eligibility';
import { bestScore } from '@/lib/learning/final-test/scoring';
import type { LevelRow } from '@/lib/language/programme';
import { levelKinds, type LevelKind } from '@/lib/language/rules/levels';

export type LevelTestState =
  | { kind: 'not-taken'; passMark: number }
  | { kind: 'open' }
  | { kind: 'passed'; percent: number; at: Date }
  | { kind: 'failed'; percent: number; passMark: number; retakeAt: Date | null }
  | { kind: 'no-attempts'; percent: number | null }
  | { kind: 'lessons'; remaining: number; passMark: number };

export type ZoneLevel = LevelRow & {
  kind: LevelKind;
  enrolment: { id: string; contractId: string | null } | null;
  lessons: { done: number; total: number };
  test: LevelTestState | null;
  certificate: { number: string; revoked: boolean } | null;
  lastRequest: { status: 'ISSUED' | 'REFUSED'; reasons: string[]; requestedAt: Date } | null;
};

export async function zoneLevels(userId: string, levels: readonly LevelRow[], now: Date): Promise<ZoneLevel[]> {
  const enrolments = await db().enrolment.findMany({
    where: { userId, courseId: { in: levels.map((l) => l.courseId) }, status: 'ACTIVE' },
    select: {
      id: true,
      courseId: true,
      contractId: true,
      certificate: { select: { number: true, revokedAt: true } },
      attempts: { where: { passed: true }, take: 1, select: { id: true } },
    },
  });
  const byCourse = new Map(enrolments.map((e) => [e.courseId, e]));
  const kinds = levelKinds(
    levels.map((l) => {
      const e = byCourse.get(l.courseId);
      return { enrolled: Boolean(e), passed: Boolean(e?.attempts.length) };
    }),
  );
  return Promise.all(
    levels.map(async (l, i) => {
      const e = byCourse.get(l.courseId);
      const [test, lessons, lastRequest] = await Promise.all([
        e ? testState(l.courseId, e.id, now) : null,
        lessonCounts(l.courseId, e?.id ?? null),
        db().levelCertificateRequest.findFirst({
          where: { userId, levelId: l.id },
          orderBy: { requestedAt: 'desc' },
          select: { status: true, reasons: true, requestedAt: true },
        }),
      ]);
      return {
        ...l,
        kind: kinds[i]!,
        enrolment: e ? { id: e.id, contractId: e.contractId } : null,
        lessons,
        test,
        certificate: e?.certificate
          ? { number: e.certificate.number, revoked: e.certificate.revokedAt !== null }
          : null,
        lastRequest,
      };
    }),
  );
}

async function lessonCounts(courseId: string, enrolmentId: string | null) {
  const [total, done] = await Promise.all([
    db().lesson.count({ where: { module: { courseId } } }),
    enrolmentId ? db().lessonProgress.count({ where: { enrolmentId, lesson: { module: { courseId } } } }) : 0,
  ]);
  return { done, total };
}

/** The level test as the learner stands with it, by the same rule the test's start page enforces. */
async function testState(courseId: string, enrolmentId: string, now: Date): Promise<LevelTestState> {
  const [attempts, settings, course] = await Promise.all([
    attemptsOf(enrolmentId),
    attemptSettings(courseId, enrolmentId),
    db().course.findUniqueOrThrow({ where: { id: courseId }, select: { passMarkPercent: true, maxAttempts: true } }),
  ]);
  const passMark = course.passMarkPercent;
  const passed = attempts.find((a) => a.passed);
  if (passed) return { kind: 'passed', percent: passed.percent ?? 0, at: passed.submittedAt ?? passed.startedAt };
  if (attempts.some((a) => isOpen(a, now))) return { kind: 'open' };
  const verdict = nextAttemptEligibility({
    attempts,
    maxAttempts: course.maxAttempts,
    requiresLessons: settings.testRequiresLessons,
    lessonsTotal: settings.lessonsTotal,
    lessonsDone: settings.lessonsDone,
    retakeDelayHours: settings.retakeDelayHours,
    now,
  });
  const best = bestScore(attempts);
  if (!verdict.ok && verdict.reason === 'no-attempts') return { kind: 'no-attempts', percent: best };
  if (attempts.length > 0 && best !== null) {
    const retakeAt = !verdict.ok && verdict.reason === 'wait' ? verdict.nextAt : null;
    return { kind: 'failed', percent: attempts.at(-1)?.percent ?? best, passMark, retakeAt };
  }
  if (!verdict.ok && verdict.reason === 'lessons') return { kind: 'lessons', remaining: verdict.remaining, passMark };
  return { kind: 'not-taken', passMark };
}
