// Contracts for the staff home: open charges past their due date grouped by that date (bucketed
// by age in rules/overdue-buckets.ts), and contracts counted by state — two statements.
import { db } from '@/lib/db/client';
import { dateToDay, dayToDate, type Day } from '@/lib/billing/rules/days';
import type { ContractStatus } from '@/lib/db/generated/enums';
import type { OverdueRow } from './rules/overdue-buckets';

/** What /panel/umowy/zalegle lists: OPEN charges due before today, less their discounts. */
export async function overdueByDueDate(today: Day): Promise<OverdueRow[]> {
  const rows = await db().$queryRaw<{ dueDate: Date; currency: string; count: number; amount: number }[]>`
    SELECT "dueDate", "currency", (count(*))::int AS "count", (sum("amount" - "discount"))::float8 AS "amount"
      FROM "ContractCharge"
     WHERE "status" = 'OPEN' AND "dueDate" < ${dayToDate(today)}::date
     GROUP BY "dueDate", "currency"`;
  return rows.map((r) => ({
    dueDate: dateToDay(r.dueDate),
    currency: r.currency,
    count: r.count,
    amount: Number(r.amount),
  }));
}

export const CONTRACT_STATES: readonly ContractStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED', 'ENDED', 'VOID'];

export async function contractsByState(): Promise<Record<ContractStatus, number>> {
  const rows = await db().contract.groupBy({ by: ['status'], _count: { _all: true } });
  const out = Object.fromEntries(CONTRACT_STATES.map((s) => [s, 0])) as Record<ContractStatus, number>;
  for (const r of rows) out[r.status] = r._count._all;
  return out;
}
