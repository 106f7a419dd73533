// The staff's daily count of documents not yet in KSeF: how many, since when, and per day of
// issue for the last 14 Warsaw days (older ones are summed in the headline, never dropped).
import { addDays, type DayKey } from './business-days';

export type Backlog = { total: number; oldest: Date | null; days: { day: DayKey; count: number }[] };

/** `issued`: the issue instants of every document not yet accepted; `dayOf` gives the Warsaw day. */
export function backlog(issued: readonly Date[], today: DayKey, dayOf: (d: Date) => DayKey, span = 14): Backlog {
  const counts = new Map<DayKey, number>();
  let oldest: Date | null = null;
  for (const d of issued) {
    counts.set(dayOf(d), (counts.get(dayOf(d)) ?? 0) + 1);
    if (!oldest || d < oldest) oldest = d;
  }
  const days = Array.from({ length: span }, (_, i) => addDays(today, -i)).map((day) => ({
    day,
    count: counts.get(day) ?? 0,
  }));
  return { total: issued.length, oldest, days };
}
