// How long an invoice issued while KSeF could not be reached may wait to be sent
// (tryby-offline.md): offline24 and the "offline" mode of an announced unavailability both end
// with the next business day — after the issue date (P_1), or after the unavailability ended.
import { fromWarsaw, warsawDateKey } from '@/lib/format/time';
import { addDays, nextBusinessDay } from './business-days';

/**
 * The exclusive end of the sending period of an invoice issued on `issuedAt`: midnight in Warsaw
 * after the next business day following the issue date. We cannot know when an unavailability
 * KSeF announces will end, so every offline invoice gets the earliest deadline the documentation
 * allows (offline24's); a longer one never hurts (an emergency's 7 business days count from its end).
 */
export function offlineDeadline(issuedAt: Date): Date {
  const lastDay = nextBusinessDay(warsawDateKey(issuedAt));
  const [y, m, d] = addDays(lastDay, 1).split('-').map(Number);
  return fromWarsaw(y, m, d);
}

/** Whether the deadline of an offline document has passed at `now` (shown to staff as overdue). */
export const offlineOverdue = (deadline: Date, now: Date) => now.getTime() >= deadline.getTime();
