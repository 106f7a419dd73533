// The live area's records past their period (the retention table, lib/retention/rules/table.ts):
// bookings with attendance go a year after their class; the calendar-feed token of a deleted
// account goes a day later. Recordings have their own job (live.recordings.expire).
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { cutoff, ruleOf } from '@/lib/retention/rules/table';

/** Bookings, waiting places and attendance of sessions that ended more than 12 months ago. */
export async function purgeOldBookings(now = currentTime()): Promise<number> {
  const cut = cutoff(ruleOf('liveBooking').keep!, now);
  const r = await db().liveBooking.deleteMany({ where: { session: { endsAt: { lt: cut } } } });
  return r.count;
}

/** Feed tokens of accounts deleted more than a day ago (the deletion keeps the anonymised user row). */
export async function purgeDeletedAccountFeedTokens(now = currentTime()): Promise<number> {
  const cut = cutoff(ruleOf('calendarFeedToken').keep!, now);
  const r = await db().calendarFeedToken.deleteMany({ where: { user: { deletedAt: { lt: cut } } } });
  return r.count;
}
