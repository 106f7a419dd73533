// Stored codes of the centres (subject, kind, weekday) as shown; an unknown code is shown as stored.
import { messages } from '@/lib/i18n';

const m = () => messages().centresEnrol;
export const subjectLabel = (s: string) => m().subjects[s] ?? s;
export const kindLabel = (k: string) => m().kinds[k] ?? k;
export const whenLabel = (weekday: number, time: string) =>
  m().when(m().weekdayPlural[weekday] ?? String(weekday), time);
export const planLabel = (code: string) => m().plans[code] ?? code;
export const placeLabel = (c: { name: string; street: string; postalCode: string; city: string }) =>
  `${c.name}, ${c.street}, ${c.postalCode} ${c.city}`;
