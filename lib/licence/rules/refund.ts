// A16 (seed §5.2, §7.2): a school that ends the contract for non-performance (or rejects changed
// terms) gets back the fee "in proportion to the period left until the licence expires" — by days
// to 30 June, in grosze, rounded once. The same arithmetic as lib/billing's PRO_RATA termination
// (the value used is rounded half up, the refund is the rest), pinned by a unit test.
import { daysBetween, maxDay, type Day } from '@/lib/billing/rules/days';
import { divRoundHalfUp } from '@/lib/format/money';

export type LicenceRefundInput = {
  /** What the school paid (after any discount), in grosze. */
  paid: number;
  /**
   * The days the fee pays for: `licencePeriod(examYear)` (lib/matura/rules/deadlines.ts), 1 September
   * to 30 June — also for a renewal, whose early start on 1 July is not charged for.
   */
  period: { firstDay: Day; lastDay: Day };
  /** The school's access began: the later of the period's first day and the order's activation. */
  accessFrom?: Day;
  /** The day the termination takes effect; it counts as a day of service. */
  terminatedOn: Day;
};

export type LicenceRefund = {
  refund: number;
  /** Days of the licence left after the termination day, to 30 June inclusive. */
  daysLeft: number;
  /** Days the fee paid for. */
  daysPaid: number;
};

export function licenceRefund(input: LicenceRefundInput): LicenceRefund {
  if (!Number.isInteger(input.paid) || input.paid < 0) throw new Error('The fee paid is whole grosze, not negative');
  const start = maxDay(input.period.firstDay, input.accessFrom ?? input.period.firstDay);
  const daysPaid = daysBetween(start, input.period.lastDay) + 1;
  if (daysPaid <= 0) throw new Error('The licence period ends before access began');
  const used = Math.min(Math.max(daysBetween(start, input.terminatedOn) + 1, 0), daysPaid);
  const refund = input.paid - divRoundHalfUp(input.paid * used, daysPaid);
  return { refund, daysLeft: daysPaid - used, daysPaid };
}
