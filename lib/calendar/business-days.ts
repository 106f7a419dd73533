// Polish business days (Monday to Friday except statutory public holidays) for deadlines counted
// in business days: KSeF's offline deadlines now, live-class and contract schedules next. Days
// are plain "YYYY-MM-DD" keys of the Warsaw calendar; the caller turns instants into them.
import Holidays from 'date-holidays';

/** A calendar day as "YYYY-MM-DD" (no time zone: the caller says whose calendar it is). */
export type DayKey = string;

const key = (y: number, m: number, d: number): DayKey =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The day `n` days after `day` (negative: before). */
export function addDays(day: DayKey, n: number): DayKey {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return key(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const calendar = new Holidays('PL');
const byYear = new Map<number, Set<DayKey>>();

/**
 * The statutory public holidays of a year (ustawa o dniach wolnych od pracy, art. 1), from
 * date-holidays' Polish calendar: its "public" days are exactly that list, Easter Sunday and
 * Pentecost included, and Christmas Eve from 2025 (checked against the act in the unit tests).
 */
export function polishHolidays(year: number): Set<DayKey> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, days);
  }
  return days;
}

/** Monday to Friday and not a statutory holiday. */
export function isBusinessDay(day: DayKey): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !polishHolidays(y).has(day);
}

/** The first business day after `day`. */
export function nextBusinessDay(day: DayKey): DayKey {
  let next = addDays(day, 1);
  while (!isBusinessDay(next)) next = addDays(next, 1);
  return next;
}
