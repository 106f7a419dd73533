// A centre group's year is counted in classes (S1: 32 in a centre, 28 in a partner school), not in
// weeks: from the first day, weekly, skipping Polish holidays and staff's school breaks
// (lib/live/rules/schedule.ts), the day of the N-th class is the group's last day. Pure.
import { Temporal } from 'temporal-polyfill';
import { generateSessions, plainDay, type DayOff, type WeeklySchedule } from '@/lib/live/rules/schedule';

export const MAX_CLASSES = 60;

export type ClassYear = Omit<WeeklySchedule, 'lastDay'>;

/**
 * The schedule whose generated sessions are exactly `classes` long (its lastDay is the N-th
 * class's day), or the schedule's refusal. Walks at most a year and a half of weeks.
 */
export function scheduleForClasses(
  s: ClassYear,
  classes: number,
  breaks: readonly DayOff[],
): { ok: true; schedule: WeeklySchedule } | { ok: false; reason: 'bad-time' | 'bad-duration' | 'too-few' } {
  const horizon = plainDay(s.firstDay)
    .add({ days: 7 * 78 })
    .toString();
  const generated = generateSessions({ ...s, lastDay: horizon }, breaks);
  if (!generated.ok) return { ok: false, reason: generated.reason === 'bad-duration' ? 'bad-duration' : 'bad-time' };
  const last = generated.sessions[classes - 1];
  if (!last) return { ok: false, reason: 'too-few' };
  return { ok: true, schedule: { ...s, lastDay: last.day } };
}

/** The school year a day belongs to (2026 = 2026/27): from August on, the year that starts then. */
export function schoolYearOf(day: string): number {
  const d = plainDay(day);
  return d.month >= 8 ? d.year : d.year - 1;
}

/** A group of school year Y starts between 1 August Y and 30 June Y+1. */
export function firstDayInYear(day: string, schoolYear: number): boolean {
  const d = plainDay(day);
  return (
    Temporal.PlainDate.compare(d, Temporal.PlainDate.from({ year: schoolYear, month: 8, day: 1 })) >= 0 &&
    Temporal.PlainDate.compare(d, Temporal.PlainDate.from({ year: schoolYear + 1, month: 6, day: 30 })) <= 0
  );
}
