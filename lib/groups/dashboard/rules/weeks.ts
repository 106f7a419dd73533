// Calendar arithmetic of the group dashboard in Europe/Warsaw: the weeks (Monday to Sunday) a
// progress line is drawn over, and the days of access left. Pure: `now` is given, days are keys.
import { fromWarsaw, lastInstantBefore, warsawDateKey } from '@/lib/format/time';

const DAY_MS = 86_400_000;

/** A Warsaw calendar day as a day number (days since 1970-01-01), for counting whole days. */
export function dayNumber(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The YYYY-MM-DD key of a day number. */
export function dayKey(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export type Week = {
  /** The Monday it starts on (YYYY-MM-DD, Warsaw). */
  monday: string;
  /** The Monday after it: a day belongs to the week when monday <= day < nextMonday. */
  nextMonday: string;
  /** The instant the week starts (Monday 00:00 in Warsaw, +01:00 or +02:00). */
  startsAt: Date;
};

/** The Monday (Warsaw) of the week holding the day. 1970-01-01 was a Thursday. */
export function mondayOf(key: string): string {
  const n = dayNumber(key);
  return dayKey(n - ((n + 3) % 7));
}

/** Every Warsaw week from the one holding `from` to the one holding `to`, in order; none when to < from. */
export function warsawWeeks(from: Date, to: Date): Week[] {
  if (to < from) return [];
  const last = dayNumber(mondayOf(warsawDateKey(to)));
  const weeks: Week[] = [];
  for (let n = dayNumber(mondayOf(warsawDateKey(from))); n <= last; n += 7) {
    const monday = dayKey(n);
    const [y, m, d] = monday.split('-').map(Number);
    weeks.push({ monday, nextMonday: dayKey(n + 7), startsAt: fromWarsaw(y, m, d) });
  }
  return weeks;
}

/**
 * Calendar days of access left, today included: access ending (exclusively) at tomorrow 00:00 has
 * 1 day left. 0 once it has ended; null for access without an end.
 */
export function daysLeft(end: Date | null, now: Date): number | null {
  if (!end) return null;
  if (end <= now) return 0;
  return dayNumber(warsawDateKey(lastInstantBefore(end))) - dayNumber(warsawDateKey(now)) + 1;
}

/** "30.11" — a week's Monday as the progress line labels it. */
export function shortDay(key: string): string {
  const [, m, d] = key.split('-').map(Number);
  return `${d}.${String(m).padStart(2, '0')}`;
}
