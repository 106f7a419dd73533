// The calendar's week in Europe/Warsaw: the Monday of the week holding a day, the seven day keys,
// the instants that bound it, and sessions laid out per day. Pure: the page passes `now`.
import { addDays } from '@/lib/calendar/business-days';
import { fromWarsaw, warsawDateKey, warsawParts } from '@/lib/format/time';
import { holidayOn, type DayOff } from '@/lib/live/rules/schedule';

const isDayKey = (s: string | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(Date.parse(s));

/** ISO weekday (1 = Monday) of a day key. */
export const weekdayOf = (day: string) => ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The week (Monday first) holding `requested` if it is a day key, else holding `now`'s Warsaw day. */
export function warsawWeek(requested: string | undefined, now: Date) {
  const anchor = isDayKey(requested) ? requested : warsawDateKey(now);
  const monday = addDays(anchor, 1 - weekdayOf(anchor));
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const at = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return fromWarsaw(y, m, d);
  };
  return { days, from: at(monday), to: at(addDays(monday, 7)), prev: addDays(monday, -7), next: addDays(monday, 7) };
}

/** Each day of the week with its sessions (by their Warsaw start day) in start order, and why it has no class. */
export function byDay<S extends { startsAt: Date }>(
  days: readonly string[],
  sessions: readonly S[],
  breaks: readonly DayOff[] = [],
) {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return days.map((day) => ({
    day,
    sessions: sorted.filter((s) => warsawDateKey(s.startsAt) === day),
    off: holidayOn(day) ?? breaks.find((b) => b.from <= day && day <= b.to)?.name ?? null,
  }));
}

/** A `datetime-local` value ('YYYY-MM-DDTHH:MM') read as Warsaw wall-clock time; null when malformed. */
export function warsawLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  return fromWarsaw(y, mo, d, h, mi);
}

/** 'HH:MM' on Warsaw's clock. */
export function warsawClock(d: Date): string {
  const p = warsawParts(d);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
