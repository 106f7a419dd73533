// May this person study this course right now? Every learner page and action starts here, with
// the user's id in the where clause, so nobody reaches another person's enrolment.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { accessState } from './access-window';
import { contractGrantsAccess } from '@/lib/billing/access';
import { warsawToday } from '@/lib/billing/rules/days';

const courseSelect = {
  id: true,
  slug: true,
  title: true,
  published: true,
  testQuestionCount: true,
  passMarkPercent: true,
  maxAttempts: true,
  timeLimitMinutes: true,
  groupInstruction: true,
} as const;

const enrolmentSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  groupId: true,
  lastLessonId: true,
  contract: { select: { number: true, status: true, paidThrough: true, endReason: true } },
} as const;

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

export async function courseAccess(userId: string, slug: string, now = currentTime()): Promise<CourseAccess> {
  const course = await db().course.findUnique({
    where: { slug },
    select: { ...courseSelect, enrolments: { where: { userId }, select: enrolmentSelect } },
  });
  if (!course) return { kind: 'no-course' };
  const { enrolments, ...c } = course;
  const found = enrolments[0];
  if (!found) return c.published ? { kind: 'none', course: c } : { kind: 'no-course' };
  const { contract, ...enrolment } = found;
  if (enrolment.status === 'REVOKED') return { kind: 'revoked', course: c, enrolment };
  if (contract && !contractGrantsAccess(contract, warsawToday(now))) {
    return { kind: 'contract', course: c, enrolment, contract: { number: contract.number, status: contract.status } };
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
