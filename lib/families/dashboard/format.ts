// How the dashboards write a class's time ("czw., 3 grudnia 17:00") and a week ("od 30.11"):
// shorter than the kernel's formats, which carry the year, since both are weeks from today.
import { TIME_ZONE } from '@/lib/format/time';
import { formatDate } from '@/lib/format/time';
import { perLocale } from '@/lib/format/intl-tag';
import { dayToDate } from '@/lib/billing/rules/days';
import { subjectName, type SubjectCode } from '@/lib/families/rules/subjects';

const classFmt = perLocale(
  (tag) =>
    new Intl.DateTimeFormat(tag, {
      timeZone: TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
    }),
);

/** "czw., 3 grudnia 17:00" in Polish (the default), "Thu 3 December, 17:00" in English. */
export const formatClassTime = (d: Date, locale?: string) => classFmt(locale).format(d);

const tileFmt = perLocale(
  (tag) =>
    new Intl.DateTimeFormat(tag, {
      timeZone: TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }),
);

/** Shorter still, for a summary tile ("czw., 3 gru, 11:00"). */
export const formatClassTimeShort = (d: Date, locale?: string) => tileFmt(locale).format(d);

/** "2026-11-30" → "30.11". */
export const formatWeekStart = (monday: string) => `${monday.slice(8, 10)}.${monday.slice(5, 7)}`;

/** A Warsaw day key as the kernel writes dates ("10 grudnia 2026"). */
export const formatDay = (day: string, locale?: string) => formatDate(dayToDate(day), locale);

/** A subject course by its subject's name ("Język polski", "Polish"), any other course by its title. */
export function courseLabel(c: { subject: SubjectCode | null; title: string }, locale?: string): string {
  if (!c.subject) return c.title;
  const name = subjectName(c.subject, locale);
  return name.charAt(0).toUpperCase() + name.slice(1);
}
