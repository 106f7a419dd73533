// Withdrawal without giving reasons (regulamin §8): 14 days from paying, full refund (§8.4).
import { fromWarsaw, warsawParts } from '@/lib/format/time';

const WITHDRAWAL_DAYS = 14;

/**
 * §8.1 counts "14 dni" from paying. A term in days is reckoned as the Civil Code does
 * (art. 111 §2 KC): the day of the event is not counted and the term ends at the end of its
 * last day. Paid on 3 March at any hour → the window closes at 18 March 00:00 Warsaw time,
 * never earlier than 14 × 24 h. Not modelled: art. 115 KC moving a deadline that falls on a
 * Saturday or public holiday to the next working day.
 */
export function withdrawalWindow(paidAt: Date): { from: Date; until: Date } {
  const { year, month, day } = warsawParts(paidAt);
  // Day overflow (e.g. 30 + 15) is normalised by Date.UTC inside fromWarsaw.
  return { from: paidAt, until: fromWarsaw(year, month, day + WITHDRAWAL_DAYS + 1) };
}

/** §8.2: sending the statement before the term ends is enough, so `now` is when it was sent. */
export function isWithinWithdrawal(paidAt: Date, now: Date): boolean {
  const { from, until } = withdrawalWindow(paidAt);
  return now.getTime() >= from.getTime() && now.getTime() < until.getTime();
}
