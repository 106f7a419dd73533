// An exam year's May timetable as instants (the pattern of lib/matura/data/timetable.ts laid on
// that May's working days): the written matura starts on 4 May or the first working day after it
// (3 May is a holiday, weekends are skipped) and runs on working days only.
import { isBusinessDay, type DayKey } from '@/lib/calendar/business-days';
import { addDays } from '@/lib/calendar/business-days';
import { fromWarsaw } from '@/lib/format/time';
import { MAY_TIMETABLE, type TimetableSlot } from '@/lib/matura/data/timetable';

export type TimetableSession = { subject: string; part: string; level: string; startsAt: Date };

/** The first `n` exam days of the year: working days from 4 May on. */
export function examDays(examYear: number, n: number): DayKey[] {
  const out: DayKey[] = [];
  let day: DayKey = `${examYear}-05-04`;
  while (out.length < n) {
    if (isBusinessDay(day)) out.push(day);
    day = addDays(day, 1);
  }
  return out;
}

/** The year's sessions, each starting at its Warsaw time as a UTC instant. */
export function timetableFor(examYear: number, pattern: readonly TimetableSlot[] = MAY_TIMETABLE): TimetableSession[] {
  const days = examDays(examYear, Math.max(0, ...pattern.map((s) => s.day + 1)));
  return pattern.map((s) => {
    const [y, m, d] = days[s.day].split('-').map(Number);
    const [hour, minute] = s.time.split(':').map(Number);
    return { subject: s.subject, part: s.part, level: s.level, startsAt: fromWarsaw(y, m, d, hour, minute) };
  });
}
