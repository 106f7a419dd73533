// Billing reasons in Warsaw calendar days ('YYYY-MM-DD'): due dates, periods, paid-through and
// end dates are stored as @db.Date (UTC midnight of that calendar date). These helpers keep the
// arithmetic on plain day keys, so no time zone or DST ever shifts a due date.
import { addDays, isBusinessDay, nextBusinessDay, type DayKey } from '@/lib/calendar/business-days';
import { fromWarsaw, warsawDateKey } from '@/lib/format/time';

export type Day = DayKey;
export { addDays };

/** The Warsaw calendar day of an instant ("today" is `warsawToday(currentTime())`). */
export const warsawToday = (now: Date): Day => warsawDateKey(now);

/** A day as the value of a @db.Date column (UTC midnight of that calendar date). */
export const dayToDate = (day: Day): Date => new Date(`${day}T00:00:00.000Z`);

/** A @db.Date column's value as its day. */
export const dateToDay = (d: Date): Day => d.toISOString().slice(0, 10);

/** A @db.Date value or a day key, as a day key (pure rules accept Prisma rows as they come). */
export const asDay = (d: Date | Day): Day => (typeof d === 'string' ? d : dateToDay(d));

const parts = (day: Day) => day.split('-').map(Number) as [number, number, number];
const key = (y: number, m: number, d: number): Day =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Days in the month (1–12) of a year. */
export const monthLength = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The same day `n` months later, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonthsClamped(day: Day, n: number): Day {
  const [y, m, d] = parts(day);
  const index = m - 1 + n;
  const year = y + Math.floor(index / 12);
  const month = (((index % 12) + 12) % 12) + 1;
  return key(year, month, Math.min(d, monthLength(year, month)));
}

/** The last day of the day's month. */
export function endOfMonth(day: Day): Day {
  const [y, m] = parts(day);
  return key(y, m, monthLength(y, m));
}

/** The first day of the day's month. */
export const startOfMonth = (day: Day): Day => `${day.slice(0, 8)}01`;

/** `n` business days after `day` (the day itself not counted): "within 5 business days" of signing (S3). */
export function addBusinessDays(day: Day, n: number): Day {
  let d = day;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) left -= 1;
  }
  return d;
}

/** A due date fixed on the calendar ("by the 10th", "by 10 February") that falls on a Saturday, Sunday
 * or Polish holiday moves to the next business day (art. 115 k.c.). */
export const onBusinessDay = (day: Day): Day => (isBusinessDay(day) ? day : nextBusinessDay(day));

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((dayToDate(b).getTime() - dayToDate(a).getTime()) / 86_400_000);
}

/** A date in a given year and month (1–12), e.g. the 10th of February. */
export const dayOf = (year: number, month: number, dayOfMonth: number): Day => key(year, month, dayOfMonth);

export const yearOf = (day: Day) => parts(day)[0];
export const monthOf = (day: Day) => parts(day)[1];

/** The instant a Warsaw day begins (an exclusive end of the day before). */
export const warsawDayStart = (day: Day): Date => {
  const [y, m, d] = parts(day);
  return fromWarsaw(y, m, d);
};

export const minDay = (a: Day, b: Day): Day => (a <= b ? a : b);
export const maxDay = (a: Day, b: Day): Day => (a >= b ? a : b);
