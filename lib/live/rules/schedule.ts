// A live group's weekly schedule turned into sessions (issue 18; matplaneta Live §3.2, L3): wall-clock times in
// Europe/Warsaw through Temporal, so a 17:00 class stays at 17:00 across the DST changes (no rrule: pitfall 8/12),
// skipping Polish public holidays and the school breaks staff enter. Pure: no database, no clock.
import Holidays from 'date-holidays';
import { Temporal } from 'temporal-polyfill';
import { polishHolidays } from '@/lib/calendar/business-days';
import { TIME_ZONE } from '@/lib/format/time';

export type WeeklySchedule = {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; // ISO, 1 = Monday
  startTime: string; // 'HH:MM' wall clock in Europe/Warsaw
  durationMinutes: number; // whole class incl. the break (2×45 + 10 = 100)
  breakMinutes: number; // 0 = none (informational, inside durationMinutes)
  firstDay: string; // 'YYYY-MM-DD' inclusive
  lastDay: string; // 'YYYY-MM-DD' inclusive
};
export type DayOff = { from: string; to: string; name: string }; // inclusive dates (school breaks)
export type GeneratedSession = { startsAt: Date; endsAt: Date; day: string };
export type SkippedDay = { day: string; reason: 'holiday' | 'break'; name: string };
export type ScheduleRefusal = 'end-before-start' | 'bad-time' | 'bad-duration' | 'too-many';
export type TimeRange = { startsAt: Date; endsAt: Date };

/** A class is at most a working day long; longer is a typo (800 for 80), not a class. */
export const MAX_DURATION_MINUTES = 8 * 60;
/** Ten school years of one weekly class; more is a wrong year in a date. */
export const MAX_SESSIONS = 400;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A 'YYYY-MM-DD' day. Malformed days are a caller's bug (forms validate dates), so they throw. */
export function plainDay(day: string): Temporal.PlainDate {
  if (!DAY.test(day)) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  return Temporal.PlainDate.from(day, { overflow: 'reject' });
}

/** 'HH:MM' on the 24-hour clock, or null. */
export function parseStartTime(value: string): Temporal.PlainTime | null {
  const m = HH_MM.exec(value);
  return m ? new Temporal.PlainTime(Number(m[1]), Number(m[2])) : null;
}

/**
 * The instant Warsaw's clocks read `time` on `day`. 'compatible' disambiguation, chosen on purpose: a
 * time in the spring-forward gap (02:30 on the last Sunday of March does not exist) moves forward by the
 * gap's length (03:30 CEST), like a person resetting the clock; a time that happens twice in October
 * (02:30) is the first one (CEST), so the class starts no later than people expect.
 */
export function warsawInstant(day: Temporal.PlainDate, time: Temporal.PlainTime): Date {
  const zoned = day.toPlainDateTime(time).toZonedDateTime(TIME_ZONE, { disambiguation: 'compatible' });
  return new Date(zoned.epochMilliseconds);
}

const holidayNames = new Holidays('PL');
const namesByYear = new Map<number, Map<string, string>>();

/** The public holiday on `day`, by name; the set is lib/calendar's (the one list of statutory holidays). */
export function holidayOn(day: string): string | null {
  const year = Number(day.slice(0, 4));
  if (!polishHolidays(year).has(day)) return null;
  let names = namesByYear.get(year);
  if (!names) {
    names = new Map(
      holidayNames
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => [h.date.slice(0, 10), h.name]),
    );
    namesByYear.set(year, names);
  }
  return names.get(day) ?? day;
}

function breakOn(day: Temporal.PlainDate, breaks: readonly DayOff[]): DayOff | undefined {
  return breaks.find(
    (b) =>
      Temporal.PlainDate.compare(plainDay(b.from), day) <= 0 && Temporal.PlainDate.compare(day, plainDay(b.to)) <= 0,
  );
}

/** Validates a break staff enter; the same refusal codes as a schedule. */
export function checkDayOff(d: DayOff): { ok: true } | { ok: false; reason: 'end-before-start' } {
  return Temporal.PlainDate.compare(plainDay(d.to), plainDay(d.from)) < 0
    ? { ok: false, reason: 'end-before-start' }
    : { ok: true };
}

function durationOk(minutes: number, breakMinutes: number): boolean {
  return (
    Number.isInteger(minutes) &&
    minutes > 0 &&
    minutes <= MAX_DURATION_MINUTES &&
    Number.isInteger(breakMinutes) &&
    breakMinutes >= 0 &&
    breakMinutes < minutes
  );
}

/** Polish public holidays (lib/calendar) and the given breaks are skipped. Refuses end < start, bad time. */
export function generateSessions(
  s: WeeklySchedule,
  breaks: readonly DayOff[],
): { ok: true; sessions: GeneratedSession[]; skipped: SkippedDay[] } | { ok: false; reason: ScheduleRefusal } {
  if (!Number.isInteger(s.weekday) || s.weekday < 1 || s.weekday > 7) throw new RangeError(`Bad weekday ${s.weekday}`);
  const first = plainDay(s.firstDay);
  const last = plainDay(s.lastDay);
  if (Temporal.PlainDate.compare(last, first) < 0) return { ok: false, reason: 'end-before-start' };
  const time = parseStartTime(s.startTime);
  if (!time) return { ok: false, reason: 'bad-time' };
  if (!durationOk(s.durationMinutes, s.breakMinutes)) return { ok: false, reason: 'bad-duration' };

  // Counted before walking, holidays and breaks included, so a wrong year is refused without a long loop.
  const firstClass = first.add({ days: (s.weekday - first.dayOfWeek + 7) % 7 });
  const classDays =
    Temporal.PlainDate.compare(firstClass, last) > 0 ? 0 : Math.floor(firstClass.until(last).days / 7) + 1;
  if (classDays > MAX_SESSIONS) return { ok: false, reason: 'too-many' };

  const sessions: GeneratedSession[] = [];
  const skipped: SkippedDay[] = [];
  for (let i = 0, day = firstClass; i < classDays; i++, day = day.add({ days: 7 })) {
    const key = day.toString();
    const holiday = holidayOn(key);
    const schoolBreak = holiday ? undefined : breakOn(day, breaks);
    if (holiday) skipped.push({ day: key, reason: 'holiday', name: holiday });
    else if (schoolBreak) skipped.push({ day: key, reason: 'break', name: schoolBreak.name });
    else {
      const startsAt = warsawInstant(day, time);
      // Exact minutes, not wall-clock: a 100-minute class is 100 minutes long on the night of a DST change too.
      sessions.push({ startsAt, endsAt: new Date(startsAt.getTime() + s.durationMinutes * 60_000), day: key });
    }
  }
  return { ok: true, sessions, skipped };
}

/** Half-open intervals: a class ending at 18:40 does not overlap one starting at 18:40. */
export function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The pairs of a teacher's new sessions and existing ones that overlap (the refusal names the first). */
export function teacherConflicts<C extends TimeRange, E extends TimeRange>(
  candidates: readonly C[],
  existing: readonly E[],
): { candidate: C; existing: E }[] {
  const sorted = [...existing].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const pairs: { candidate: C; existing: E }[] = [];
  for (const candidate of [...candidates].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    for (const e of sorted) {
      if (e.startsAt.getTime() >= candidate.endsAt.getTime()) break;
      if (overlaps(candidate, e)) pairs.push({ candidate, existing: e });
    }
  }
  return pairs;
}

export type MoveRefusal = 'end-before-start' | 'bad-duration' | 'in-the-past' | 'already-started';

/**
 * Moving one session: it has not started yet, the new time is in the future and a sane length
 * (the teacher's other sessions are checked with `teacherConflicts`).
 */
export function checkMove(
  current: TimeRange,
  to: TimeRange,
  now: Date,
): { ok: true } | { ok: false; reason: MoveRefusal } {
  if (current.startsAt.getTime() <= now.getTime()) return { ok: false, reason: 'already-started' };
  const minutes = (to.endsAt.getTime() - to.startsAt.getTime()) / 60_000;
  if (minutes <= 0) return { ok: false, reason: 'end-before-start' };
  if (!durationOk(minutes, 0)) return { ok: false, reason: 'bad-duration' };
  if (to.startsAt.getTime() <= now.getTime()) return { ok: false, reason: 'in-the-past' };
  return { ok: true };
}
