// Lessons done per week on the dashboards: weeks are Warsaw calendar weeks, Monday 00:00 to the
// next Monday 00:00 local time (so a DST week is 167 or 169 hours long). Pure: the caller passes now.
import { warsawDateKey } from '@/lib/format/time';
import { addDays, type DayKey } from '@/lib/calendar/business-days';
import { warsawDayStart } from '@/lib/billing/rules/days';

/** How many weeks the dashboards' "lessons per week" look back, the current week included. */
export const DASHBOARD_WEEKS = 8;

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar day key. */
function weekdayOf(day: DayKey): number {
  return ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The Monday (a Warsaw day key) of the Warsaw week `at` falls in. */
export function warsawWeekOf(at: Date): DayKey {
  const day = warsawDateKey(at);
  return addDays(day, 1 - weekdayOf(day));
}

/** The Mondays of the last `count` Warsaw weeks, oldest first, the week of `now` last. */
export function lastWeeks(now: Date, count: number): DayKey[] {
  const current = warsawWeekOf(now);
  return Array.from({ length: count }, (_, i) => addDays(current, -7 * (count - 1 - i)));
}

/** The instant the oldest of the weeks begins (Monday 00:00 Warsaw): the lower bound of the query. */
export function weeksStart(weeks: readonly DayKey[]): Date {
  return warsawDayStart(weeks[0]!);
}

export type WeekCount = { week: DayKey; count: number };

/** How many of `times` fall in each week (times outside every week are left out). */
export function countByWeek(times: readonly Date[], weeks: readonly DayKey[]): WeekCount[] {
  const counts = new Map(weeks.map((w) => [w, 0]));
  for (const t of times) {
    const w = warsawWeekOf(t);
    const n = counts.get(w);
    if (n !== undefined) counts.set(w, n + 1);
  }
  return weeks.map((week) => ({ week, count: counts.get(week)! }));
}
