// All dates the platform shows or reasons about are in Europe/Warsaw.
import { perLocale } from './intl-tag';
export const TIME_ZONE = 'Europe/Warsaw';

const dateFmt = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }),
);
const dateTimeFmt = perLocale(
  (tag) =>
    new Intl.DateTimeFormat(tag, {
      timeZone: TIME_ZONE,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
);
const partsFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * "3 grudnia 2026" (Warsaw's calendar day), "3 December 2026" in English, "3 грудня 2026" in
 * Ukrainian: Intl's "р." (року) is left off there, as a sentence ending on the date would end
 * on two full stops ("…з 15 грудня 2026 р..").
 */
export const formatDate = (d: Date, locale?: string) => {
  const s = dateFmt(locale).format(d);
  return locale === 'uk' ? s.replace(/\s?р\.$/u, '') : s;
};
export const formatDateTime = (d: Date, locale?: string) => dateTimeFmt(locale).format(d);

/** Access and windows end at an exclusive instant (1 Sep 00:00): this is the last moment inside. */
export const lastInstantBefore = (end: Date) => new Date(end.getTime() - 1);

/** The last day people may still use something ending (exclusively) at `end`: 1 Sep 00:00 → "31 sierpnia 2027". */
export const formatLastDay = (end: Date, locale?: string) => formatDate(lastInstantBefore(end), locale);

export type WarsawParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall-clock reading in Warsaw at instant `d` (month 1–12). */
export function warsawParts(d: Date): WarsawParts {
  const p = Object.fromEntries(partsFmt.formatToParts(d).map((x) => [x.type, x.value]));
  return { year: +p.year, month: +p.month, day: +p.day, hour: +p.hour, minute: +p.minute, second: +p.second };
}

/** The instant at which Warsaw's clocks read the given local time (month 1–12). */
export function fromWarsaw(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  // Offset is +1h or +2h; two passes settle it, also next to DST changes.
  let t = guess;
  for (let i = 0; i < 2; i++) {
    const p = warsawParts(new Date(t));
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    t += guess - seen;
  }
  return new Date(t);
}

/** Date stamp YYYY-MM-DD of the Warsaw calendar day containing `d`. */
export function warsawDateKey(d: Date): string {
  const p = warsawParts(d);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Adds calendar months in Warsaw time, clamping to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonthsWarsaw(d: Date, months: number): Date {
  const p = warsawParts(d);
  const targetMonthIndex = p.month - 1 + months;
  const year = p.year + Math.floor(targetMonthIndex / 12);
  const month = (((targetMonthIndex % 12) + 12) % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return fromWarsaw(year, month, Math.min(p.day, lastDay), p.hour, p.minute, p.second);
}
