// How long a queue's oldest item has waited, as staff read it: hours on its first day, then
// whole days (a request filed yesterday evening is "18 h", one from last week "7 days").
export type QueueAge = { unit: 'hours' | 'days'; value: number };

const HOUR = 3_600_000;

export function queueAge(oldest: Date | null, now: Date): QueueAge | null {
  if (!oldest) return null;
  const ms = Math.max(0, now.getTime() - oldest.getTime());
  return ms < 24 * HOUR
    ? { unit: 'hours', value: Math.floor(ms / HOUR) }
    : { unit: 'days', value: Math.floor(ms / (24 * HOUR)) };
}
