// Whether a contract grants what it bought right now (issue 19 "Access is derived from the
// contract's state"): ACTIVE does; a contract ENDED by the payer's notice does until its
// paid-through day (B7); SUSPENDED, PENDING and VOID do not (B3, B8, A7, A9). The same rule as
// JavaScript and as an SQL fragment, for lists and the booking check.
import { dateToDay, dayToDate, type Day } from '@/lib/billing/rules/days';

export type AccessContract = { status: string; paidThrough: Date | Day | null; endReason: string | null };

export function contractGrantsAccess(c: AccessContract, today: Day): boolean {
  if (c.status === 'ACTIVE') return true;
  if (c.status !== 'ENDED' || c.endReason !== 'payer-notice' || c.paidThrough === null) return false;
  const through = typeof c.paidThrough === 'string' ? c.paidThrough : dateToDay(c.paidThrough);
  return today <= through;
}

/**
 * The rule as an SQL condition on the contract row `alias`; `todayParam` is an expression of
 * the Warsaw day as text or date (a bind parameter such as `$2`, or `${today}::date` in a tagged query).
 */
export const CONTRACT_ACCESS_SQL = (alias: string, todayParam: string) =>
  `(${alias}."status" = 'ACTIVE' OR (${alias}."status" = 'ENDED' AND ${alias}."endReason" = 'payer-notice'
     AND ${alias}."paidThrough" IS NOT NULL AND ${alias}."paidThrough" >= (${todayParam})::date))`;

/** The rule as a Prisma condition on a row with `contractId`/`contract` (an Enrolment, a LiveGroupMember). */
export const contractAccessWhere = (today: Day) => ({
  OR: [
    { contractId: null },
    { contract: { status: 'ACTIVE' as const } },
    { contract: { status: 'ENDED' as const, endReason: 'payer-notice', paidThrough: { gte: dayToDate(today) } } },
  ],
});
