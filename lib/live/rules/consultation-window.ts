// The on-line course's consultations (matplaneta On-Line §3.5 / O2): a buyer may use them for
// `consultationMonths` months from the start of their enrolment; after that the sign-up closes
// and the materials stay (§3.4). Pure; the booking SQL (entitlement.ts) states the same rule.
import { addMonthsWarsaw } from '@/lib/format/time';

/**
 * The first instant without consultations (exclusive end): the same Warsaw wall-clock time
 * `months` later, clamped to the month's end (31 Jan + 12 → 31 Jan; 29 Feb 2028 + 12 → 28 Feb 2029);
 * null when the course has no consultation limit.
 */
export function consultationUntil(enrolmentStart: Date, months: number | null): Date | null {
  if (months === null) return null;
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`Invalid number of months: ${months}`);
  return addMonthsWarsaw(enrolmentStart, months);
}

/**
 * A consultation may be booked when it starts before the end of the window: the right is to
 * consultations held within the 12 months, so one held after them is not covered even if the
 * sign-up is early.
 */
export function consultationBookable(sessionStart: Date, enrolmentStart: Date, months: number | null): boolean {
  const until = consultationUntil(enrolmentStart, months);
  return until === null || sessionStart.getTime() < until.getTime();
}
