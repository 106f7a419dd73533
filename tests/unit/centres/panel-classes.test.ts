// A centre year counted in classes: the last day is the N-th class's, holidays and breaks skipped.
import { describe, expect, it } from 'vitest';
import { firstDayInYear, schoolYearOf, scheduleForClasses } from '@/lib/centres/groups/classes';
import { generateSessions } from '@/lib/live/rules/schedule';

const year = { weekday: 3 as const, startTime: '17:00', durationMinutes: 90, breakMinutes: 10, firstDay: '2026-09-01' };

describe('scheduleForClasses', () => {
  it('ends on the 32nd Wednesday that is not a holiday', () => {
    const r = scheduleForClasses(year, 32, []);
    if (!r.ok) throw new Error(r.reason);
    const sessions = generateSessions(r.schedule, []);
    expect(sessions.ok && sessions.sessions.length).toBe(32);
    // 11 November 2026 and 6 January 2027 are Wednesdays and holidays: two weeks later than 31 weeks on.
    expect(r.schedule.lastDay).toBe('2027-04-21');
  });

  it('skips a school break too', () => {
    const r = scheduleForClasses(year, 32, [{ from: '2027-01-18', to: '2027-01-31', name: 'Ferie' }]);
    expect(r.ok && r.schedule.lastDay).toBe('2027-05-05');
  });

  it('refuses a bad time and a count beyond a year and a half', () => {
    expect(scheduleForClasses({ ...year, startTime: '7' }, 32, [])).toEqual({ ok: false, reason: 'bad-time' });
    expect(scheduleForClasses(year, 200, [])).toEqual({ ok: false, reason: 'too-few' });
  });
});

describe('school years', () => {
  it('start on 1 August', () => {
    expect(schoolYearOf('2026-07-31')).toBe(2025);
    expect(schoolYearOf('2026-08-01')).toBe(2026);
    expect(firstDayInYear('2026-09-01', 2026)).toBe(true);
    expect(firstDayInYear('2027-06-30', 2026)).toBe(true);
    expect(firstDayInYear('2027-07-01', 2026)).toBe(false);
    expect(firstDayInYear('2026-07-31', 2026)).toBe(false);
  });
});
