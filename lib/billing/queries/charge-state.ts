// What a charge is to the people looking at it today: paid, due, overdue by n days, cancelled.
// Charge dates are Warsaw calendar days stored as UTC midnight (@db.Date); "today" likewise.
import { dateToDay, dayToDate, daysBetween as dayDiff, warsawToday } from '@/lib/billing/rules/days';

/** Today's Warsaw calendar day as a @db.Date value (UTC midnight). */
export const warsawDay = (now: Date) => dayToDate(warsawToday(now));

/** Whole days from `from` to `to`, both @db.Date values. */
export const daysBetween = (from: Date, to: Date) => dayDiff(dateToDay(from), dateToDay(to));

export type ChargeState =
  | { kind: 'paid'; paidAt: Date | null }
  | { kind: 'cancelled' }
  | { kind: 'due'; today: boolean }
  | { kind: 'overdue'; days: number };

export function chargeState(
  c: { status: 'OPEN' | 'PAID' | 'CANCELLED'; dueDate: Date; paidAt: Date | null },
  today: Date,
): ChargeState {
  if (c.status === 'PAID') return { kind: 'paid', paidAt: c.paidAt };
  if (c.status === 'CANCELLED') return { kind: 'cancelled' };
  const late = daysBetween(c.dueDate, today);
  return late > 0 ? { kind: 'overdue', days: late } : { kind: 'due', today: late === 0 };
}

/** What the payer pays for a charge: its amount less its share of the discounts. */
export const toPay = (c: { amount: number; discount: number }) => c.amount - c.discount;

/** The columns a charge is listed with wherever money is due: what, how much, in what, by when. */
export const chargeDueSelect = {
  id: true,
  label: true,
  labelKey: true,
  amount: true,
  discount: true,
  currency: true,
  dueDate: true,
} as const;
