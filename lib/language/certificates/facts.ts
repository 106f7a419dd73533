// The facts the level certificate rule (rules/certificate.ts) and the zone read: which level
// tests the learner passed and what they owe — every charge of a contract they pay or study by.
import { db } from '@/lib/db/client';
import { dateToDay } from '@/lib/billing/rules/days';

/** Each charge of the learner's contracts, as the rule takes it. */
export async function learnerCharges(userId: string) {
  const rows = await db().contractCharge.findMany({
    where: { contract: { OR: [{ payerId: userId }, { beneficiaryId: userId }] } },
    orderBy: [{ dueDate: 'asc' }, { seq: 'asc' }],
    select: { id: true, status: true, dueDate: true },
  });
  return rows.map((r) => ({ ...r, dueDate: dateToDay(r.dueDate) }));
}

/** Course ids (of the given ones) whose test the learner passed. */
export async function passedCourses(userId: string, courseIds: readonly string[]): Promise<Set<string>> {
  const rows = await db().enrolment.findMany({
    where: { userId, courseId: { in: [...courseIds] }, attempts: { some: { passed: true } } },
    select: { courseId: true },
  });
  return new Set(rows.map((r) => r.courseId));
}
