// May this person study this course right now? Every learner page and action starts here, with
// the user's id in the where clause, so nobody reaches another person's enrolment.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { accessState } from './access-window';
import { contractGrantsAccess } from '@/lib/billing/access';
import { warsawToday } from '@/lib/billing/rules/days';

export type AccessCourse = {
  id: string;
  slug: string;
  title: string;
  published: boolean;
  testQuestionCount: number;
  passMarkPercent: number;
  maxAttempts: number;
  timeLimitMinutes: number | null;
  groupInstruction: string | null;
};
export type AccessEnrolment = {
  id: string;
  status: 'ACTIVE' | 'REVOKED';
  startsAt: Date;
  endsAt: Date | null;
  groupId: string | null;
  lastLessonId: string | null;
};

/** The contract an enrolment was granted by (lib/billing), when it does not grant access now. */
export type AccessContract = { number: string; status: 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'ENDED' | 'VOID' };

export type CourseAccess =
  | { kind: 'no-course' }
  | { kind: 'none'; course: AccessCourse }
  | { kind: 'active' | 'ended' | 'not-started' | 'revoked'; course: AccessCourse; enrolment: AccessEnrolment }
  /** Granted by a contract that is suspended, ended or void (issue 19: access follows the contract). */
  | { kind: 'contract'; course: AccessCourse; enrolment: AccessEnrolment; contract: AccessContract };

type AccessRow = AccessCourse & {
  enrolmentId: string | null;
  status: AccessEnrolment['status'] | null;
  startsAt: Date | null;
  endsAt: Date | null;
  groupId: string | null;
  lastLessonId: string | null;
  contractNumber: string | null;
  contractStatus: AccessContract['status'] | null;
  paidThrough: Date | null;
  endReason: string | null;
};

/**
 * One statement (course ⟕ the user's enrolment ⟕ its contract): every learner page asks it first,
 * and Prisma's nested select sent three (bench lesson-page).
 */
export async function courseAccess(userId: string, slug: string, now = currentTime()): Promise<CourseAccess> {
  const rows = await db().$queryRaw<AccessRow[]>`
    SELECT c."id", c."slug", c."title", c."published", c."testQuestionCount", c."passMarkPercent", c."maxAttempts",
           c."timeLimitMinutes", c."groupInstruction",
           e."id" AS "enrolmentId", e."status"::text AS "status", e."startsAt", e."endsAt", e."groupId", e."lastLessonId",
           t."number" AS "contractNumber", t."status"::text AS "contractStatus", t."paidThrough", t."endReason"
    FROM "Course" c
    LEFT JOIN "Enrolment" e ON e."courseId" = c."id" AND e."userId" = ${userId}
    LEFT JOIN "Contract" t ON t."id" = e."contractId"
    WHERE c."slug" = ${slug}`;
  const row = rows[0];
  if (!row) return { kind: 'no-course' };
  const c: AccessCourse = {
    id: row.id,
    slug: row.slug,
    title: row.title,
    published: row.published,
    testQuestionCount: row.testQuestionCount,
    passMarkPercent: row.passMarkPercent,
    maxAttempts: row.maxAttempts,
    timeLimitMinutes: row.timeLimitMinutes,
    groupInstruction: row.groupInstruction,
  };
  if (!row.enrolmentId) return c.published ? { kind: 'none', course: c } : { kind: 'no-course' };
  const enrolment: AccessEnrolment = {
    id: row.enrolmentId,
    status: row.status!,
    startsAt: row.startsAt!,
    endsAt: row.endsAt,
    groupId: row.groupId,
    lastLessonId: row.lastLessonId,
  };
  if (enrolment.status === 'REVOKED') return { kind: 'revoked', course: c, enrolment };
  const contract = row.contractNumber
    ? { status: row.contractStatus!, paidThrough: row.paidThrough, endReason: row.endReason }
    : null;
  if (contract && !contractGrantsAccess(contract, warsawToday(now))) {
    return {
      kind: 'contract',
      course: c,
      enrolment,
      contract: { number: row.contractNumber!, status: contract.status },
    };
  }
  return { kind: accessState(now, enrolment.startsAt, enrolment.endsAt), course: c, enrolment };
}

/** Whether the instruction page of a group course should come before the first lesson. */
export function opensWithInstruction(
  course: { groupInstruction: string | null },
  enrolment: { groupId: string | null },
): boolean {
  return Boolean(enrolment.groupId && course.groupInstruction?.trim());
}
