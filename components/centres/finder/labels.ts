// Stored codes of the centres (subject, kind, weekday) as shown; an unknown code is shown as stored.
// Each takes the reader's language (Polish when not given).
import { messages } from '@/lib/i18n';

const m = (locale?: string) => messages(locale).centresEnrol;
export const subjectLabel = (s: string, locale?: string) => m(locale).subjects[s] ?? s;
export const kindLabel = (k: string, locale?: string) => m(locale).kinds[k] ?? k;
export const whenLabel = (weekday: number, time: string, locale?: string) =>
  m(locale).when(m(locale).weekdayPlural[weekday] ?? String(weekday), time);
export const planLabel = (code: string, locale?: string) => m(locale).plans[code] ?? code;
export const placeLabel = (c: { name: string; street: string; postalCode: string; city: string }) =>
  `${c.name}, ${c.street}, ${c.postalCode} ${c.city}`;
