// How long an enrolment gives access to a course: unlimited (recorded on-line courses),
// N calendar months (group packages: 2), or until a fixed day (school year to 30 June).
// Calendar arithmetic is done on the Warsaw wall clock so DST never shifts the hour.
import { addMonthsWarsaw, fromWarsaw, lastInstantBefore, warsawParts } from '@/lib/format/time';

export type AccessSpec =
  | { kind: 'unlimited' }
  | { kind: 'months'; months: number }
  /** Access lasts through the whole Warsaw calendar day containing `date`. */
  | { kind: 'until'; date: Date };

export type AccessState = 'not-started' | 'active' | 'ended';

const DAY_MS = 86_400_000;

/**
 * The first instant without access (exclusive end), or null for unlimited.
 * Months: same Warsaw wall-clock time N months later, clamped to the month's end
 * (31 Jan 10:00 + 1 → 28/29 Feb 10:00).
 */
export function accessEnd(start: Date, spec: AccessSpec): Date | null {
  switch (spec.kind) {
    case 'unlimited':
      return null;
    case 'months':
      if (!Number.isInteger(spec.months) || spec.months < 1) {
        throw new RangeError(`Invalid number of months: ${spec.months}`);
      }
      return addMonthsWarsaw(start, spec.months);
    case 'until': {
      const p = warsawParts(spec.date);
      // Day after the given one; Date.UTC normalises 32 Jan to 1 Feb and so on.
      const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
      return fromWarsaw(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
    }
  }
}

/** Start inclusive, end exclusive. */
export function accessState(now: Date, start: Date, end: Date | null): AccessState {
  if (now.getTime() < start.getTime()) return 'not-started';
  if (end !== null && now.getTime() >= end.getTime()) return 'ended';
  return 'active';
}

/**
 * Warsaw calendar days, counting today, on which some access remains: 1 on the last day,
 * 0 once ended, null when unlimited. Counted by calendar date, so 23- and 25-hour DST days
 * count as one day each.
 */
export function daysLeft(now: Date, end: Date | null): number | null {
  if (end === null) return null;
  if (now.getTime() >= end.getTime()) return 0;
  const lastAccessDay = dayNumber(lastInstantBefore(end));
  return lastAccessDay - dayNumber(now) + 1;
}

/** Days since the epoch of the Warsaw calendar date containing `d`. */
function dayNumber(d: Date): number {
  const p = warsawParts(d);
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
}
