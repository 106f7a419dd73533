// When a reminder about something ending is due. "A day before" and "a week before" are Warsaw
// calendar days: the same wall-clock time 1 or 7 days earlier, so across a change of clocks the
// gap is 23 or 25 hours a day (a trial ending Sunday 29 March 15:00 CEST is reminded of on
// Saturday 28 March 15:00 CET; access ending 1 November 00:00 CET on 25 October 00:00 CEST).
import { fromWarsaw, warsawParts } from '@/lib/format/time';

/** The 2-day trial (regulamin §2.3): a reminder the day before it ends. */
export const TRIAL_REMINDER_DAYS = 1;
/** Access to a course or a child's yearly package: a reminder a week before it ends. */
export const ACCESS_REMINDER_DAYS = 7;

/** The instant Warsaw's clocks read what they will read at `end`, `days` calendar days earlier. */
export function reminderDueAt(end: Date, days: number): Date {
  const p = warsawParts(end);
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day - days));
  return fromWarsaw(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), p.hour, p.minute, p.second);
}

/** Due from `reminderDueAt` until the end itself; after the end a reminder says nothing true. */
export function isReminderDue(end: Date, days: number, now: Date): boolean {
  return reminderDueAt(end, days).getTime() <= now.getTime() && now.getTime() < end.getTime();
}

/** How far ahead a job must look for ends whose reminder may be due now (a day of slack for DST). */
export const lookAheadMs = (days: number) => (days + 1) * 86_400_000;
