// How late an unpaid charge is, in the four ages the staff home shows (issue 26): 0–7, 8–14,
// 15–30 and over 30 days past the due date. A charge is overdue from the day after its due date
// (lib/billing: OPEN and dueDate < today), so the first bucket starts at 1 day late.
import { daysBetween, type Day } from '@/lib/billing/rules/days';

export const OVERDUE_BUCKETS = ['upTo7', 'upTo14', 'upTo30', 'over30'] as const;
export type OverdueBucket = (typeof OVERDUE_BUCKETS)[number];

/** Whole Warsaw days from the due date to today (1 = due yesterday); 0 or less is not overdue. */
export const daysLate = (dueDate: Day, today: Day) => daysBetween(dueDate, today);

/** The bucket of a charge `days` late, or null when it is not overdue (due today or later). */
export function overdueBucket(days: number): OverdueBucket | null {
  if (days < 1) return null;
  if (days <= 7) return 'upTo7';
  if (days <= 14) return 'upTo14';
  if (days <= 30) return 'upTo30';
  return 'over30';
}

export type OverdueRow = { dueDate: Day; currency: string; count: number; amount: number };
export type OverdueTotals = { bucket: OverdueBucket; count: number; amounts: Record<string, number> };

/** Charges grouped by due date and currency, summed per bucket (every bucket present, in order). */
export function bucketOverdue(rows: readonly OverdueRow[], today: Day): OverdueTotals[] {
  const out = OVERDUE_BUCKETS.map((bucket) => ({ bucket, count: 0, amounts: {} as Record<string, number> }));
  for (const r of rows) {
    const b = overdueBucket(daysLate(r.dueDate, today));
    if (!b) continue;
    const t = out[OVERDUE_BUCKETS.indexOf(b)];
    t.count += r.count;
    t.amounts[r.currency] = (t.amounts[r.currency] ?? 0) + r.amount;
  }
  return out;
}
