// The answer to a privacy request is due "without undue delay and in any event within one month"
// (art. 12 ust. 3 RODO); we count 30 calendar days as the complaint deadline counts its 14: the
// day of receipt is not counted (art. 111 § 2 k.c.), the term ends with the 30th day, Warsaw time.
import { fromWarsaw, warsawParts } from '@/lib/format/time';

export const REQUEST_DAYS = 30;

/** The exclusive end of the term for a request received at `receivedAt`: midnight after the 30th day. */
export function requestDueAt(receivedAt: Date): Date {
  const p = warsawParts(receivedAt);
  return fromWarsaw(p.year, p.month, p.day + REQUEST_DAYS + 1);
}
