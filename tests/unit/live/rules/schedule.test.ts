// Weekly schedules in Europe/Warsaw: wall-clock times across the DST changes, holidays, school breaks, refusals.
import { describe, expect, it } from 'vitest';
import { polishHolidays } from '@/lib/calendar/business-days';
import { warsawParts } from '@/lib/format/time';
import { text } from '@/lib/i18n';
import {
  checkDayOff,
  checkMove,
  generateSessions,
  holidayOn,
  MAX_SESSIONS,
  overlaps,
  parseStartTime,
  plainDay,
  teacherConflicts,
  warsawInstant,
  type DayOff,
  type MoveRefusal,
  type ScheduleRefusal,
  type WeeklySchedule,
} from '@/lib/live/rules/schedule';

const weekly = (extra: Partial<WeeklySchedule> = {}): WeeklySchedule => ({
  weekday: 2,
  startTime: '17:00',
  durationMinutes: 100,
  breakMinutes: 10,
  firstDay: '2026-09-01',
  lastDay: '2027-06-25',
  ...extra,
});

function generated(s: WeeklySchedule, breaks: readonly DayOff[] = []) {
  const r = generateSessions(s, breaks);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r;
}
const at = (iso: string) => new Date(iso);
const wall = (d: Date) => {
  const p = warsawParts(d);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

describe('a weekly class keeps its Warsaw wall-clock time across DST (Temporal, not rrule)', () => {
  it.each([
    // weekday, first, last, the start instants in UTC: CET = UTC+1, CEST = UTC+2
    [7, '2026-03-22', '2026-04-05', ['2026-03-22T16:00:00Z', '2026-03-29T15:00:00Z']], // 5 Apr is Easter Sunday
    [1, '2026-03-23', '2026-04-06', ['2026-03-23T16:00:00Z', '2026-03-30T15:00:00Z']], // 6 Apr is Easter Monday
    [7, '2026-10-18', '2026-11-01', ['2026-10-18T15:00:00Z', '2026-10-25T16:00:00Z']], // 1 Nov is All Saints'
    [3, '2026-10-21', '2026-10-28', ['2026-10-21T15:00:00Z', '2026-10-28T16:00:00Z']],
    [7, '2027-03-21', '2027-04-04', ['2027-03-21T16:00:00Z', '2027-04-04T15:00:00Z']], // 28 Mar 2027 is Easter Sunday
    [6, '2027-03-20', '2027-04-03', ['2027-03-20T16:00:00Z', '2027-03-27T16:00:00Z', '2027-04-03T15:00:00Z']],
  ] as const)('weekday %i from %s to %s at 17:00', (weekday, firstDay, lastDay, starts) => {
    const r = generated(weekly({ weekday, firstDay, lastDay }));
    expect(r.sessions.map((s) => s.startsAt.toISOString())).toEqual(starts.map((s) => at(s).toISOString()));
    for (const s of r.sessions) {
      expect(wall(s.startsAt)).toBe('17:00');
      expect(wall(s.endsAt)).toBe('18:40');
      expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(100 * 60_000);
    }
  });

  it.each([
    // a wall time inside the spring-forward gap moves forward by the gap ('compatible'): 02:30 → 03:30 CEST
    ['2026-03-29', '02:30', '2026-03-29T01:30:00Z', '03:30'],
    ['2027-03-28', '02:30', '2027-03-28T01:30:00Z', '03:30'],
    ['2027-03-28', '02:00', '2027-03-28T01:00:00Z', '03:00'],
    // a wall time that happens twice in October is its first occurrence (still CEST)
    ['2026-10-25', '02:30', '2026-10-25T00:30:00Z', '02:30'],
    // the minutes around the gap are exact
    ['2026-03-29', '01:59', '2026-03-29T00:59:00Z', '01:59'],
    ['2026-03-29', '03:00', '2026-03-29T01:00:00Z', '03:00'],
  ])('on %s the wall time %s is the instant %s (%s on the clock)', (day, startTime, iso, clock) => {
    const startsAt = warsawInstant(plainDay(day), parseStartTime(startTime)!);
    expect(startsAt.toISOString()).toBe(at(iso).toISOString());
    expect(wall(startsAt)).toBe(clock);
  });

  it('a Sunday class at 02:30 on 29 Mar 2026 is generated at 03:30 CEST, and on 5 Apr back at 02:30', () => {
    const r = generated(weekly({ weekday: 7, startTime: '02:30', firstDay: '2026-03-29', lastDay: '2026-04-12' }));
    expect(r.sessions.map((s) => `${s.day} ${wall(s.startsAt)}`)).toEqual(['2026-03-29 03:30', '2026-04-12 02:30']);
    expect(r.skipped).toEqual([{ day: '2026-04-05', reason: 'holiday', name: 'Niedziela Wielkanocna' }]);
  });

  it('a 100-minute class on the night the clocks go back lasts 100 real minutes', () => {
    const [s] = generated(
      weekly({ weekday: 7, startTime: '01:30', firstDay: '2026-10-25', lastDay: '2026-10-25' }),
    ).sessions;
    expect(s.startsAt.toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(s.endsAt.toISOString()).toBe('2026-10-25T01:10:00.000Z');
    expect(wall(s.endsAt)).toBe('02:10'); // already CET: 03:10 CEST would be the same instant
  });
});

describe('Polish public holidays are skipped, with their names', () => {
  it.each([
    [3, '2026-11-11', 'Narodowe Święto Niepodległości'],
    [3, '2027-01-06', 'Święto Trzech Króli'],
    [1, '2027-03-29', 'Drugi dzień Wielkanocy'],
    [4, '2026-12-24', 'Wigilia Bożego Narodzenia'],
    [4, '2027-05-27', 'Dzień Bożego Ciała'],
    [1, '2027-11-01', 'Wszystkich Świętych'],
  ] as const)('weekday %i on %s (%s)', (weekday, day, name) => {
    const r = generated(weekly({ weekday, firstDay: day, lastDay: day }));
    expect(r.sessions).toEqual([]);
    expect(r.skipped).toEqual([{ day, reason: 'holiday', name }]);
  });

  it('uses the same list as lib/calendar (the statutory holidays)', () => {
    for (const year of [2026, 2027, 2028])
      for (const day of polishHolidays(year)) expect(holidayOn(day)).toMatch(/\p{L}/u);
    expect(holidayOn('2026-11-10')).toBeNull();
  });

  it('a school year of Tuesdays has every other Tuesday', () => {
    const r = generated(weekly());
    const days = r.sessions.map((s) => s.day);
    expect(days[0]).toBe('2026-09-01');
    expect(days.at(-1)).toBe('2027-06-22');
    expect(r.skipped).toEqual([]); // no statutory holiday falls on a Tuesday that year
    expect(days).toHaveLength(43);
    expect(new Set(days.map((d) => new Date(`${d}T12:00:00Z`).getUTCDay()))).toEqual(new Set([2]));
  });
});

describe('school breaks are skipped, inclusive of both ends', () => {
  const breaks: DayOff[] = [
    { from: '2026-12-23', to: '2026-12-31', name: 'Przerwa świąteczna' },
    { from: '2027-01-18', to: '2027-01-31', name: 'Ferie zimowe' },
  ];
  it.each([
    [3, '2026-12-23', 'break', 'Przerwa świąteczna'],
    [4, '2026-12-31', 'break', 'Przerwa świąteczna'],
    [1, '2027-01-18', 'break', 'Ferie zimowe'],
    [7, '2027-01-31', 'break', 'Ferie zimowe'],
    [5, '2026-12-25', 'holiday', 'Pierwszy dzień Bożego Narodzenia'], // a holiday inside a break is a holiday
  ] as const)('weekday %i on %s is skipped (%s: %s)', (weekday, day, reason, name) => {
    const r = generated(weekly({ weekday, firstDay: day, lastDay: day }), breaks);
    expect(r.sessions).toEqual([]);
    expect(r.skipped).toEqual([{ day, reason, name }]);
  });

  it.each([
    ['2026-12-22', 2, []],
    ['2027-01-01', 5, ['2027-01-01 holiday Nowy Rok']], // New Year's Day is a holiday, not the Christmas break
    ['2027-01-17', 7, []],
    ['2027-02-01', 1, []],
  ] as const)('%s (weekday %i) next to a break: skipped %j', (day, weekday, skipped) => {
    const r = generated(weekly({ weekday, firstDay: day, lastDay: day }), breaks);
    expect(r.skipped.map((s) => `${s.day} ${s.reason} ${s.name}`)).toEqual(skipped);
    expect(r.sessions.map((s) => s.day)).toEqual(skipped.length ? [] : [day]);
  });

  it('a whole winter term of Wednesdays', () => {
    const r = generated(weekly({ weekday: 3, firstDay: '2026-11-01', lastDay: '2027-02-10' }), breaks);
    expect(r.skipped.map((s) => `${s.day} ${s.reason}`)).toEqual([
      '2026-11-11 holiday',
      '2026-12-23 break',
      '2026-12-30 break',
      '2027-01-06 holiday',
      '2027-01-20 break',
      '2027-01-27 break',
    ]);
    expect(r.sessions).toHaveLength(15 - 6);
  });

  it('a break ending before it starts is refused', () => {
    expect(checkDayOff({ from: '2027-01-31', to: '2027-01-18', name: 'x' })).toEqual({
      ok: false,
      reason: 'end-before-start',
    });
    expect(checkDayOff({ from: '2027-01-18', to: '2027-01-18', name: 'x' })).toEqual({ ok: true });
  });
});

describe('refusals', () => {
  it.each([
    [{ firstDay: '2026-09-02', lastDay: '2026-09-01' }, 'end-before-start'],
    [{ startTime: '24:00' }, 'bad-time'],
    [{ startTime: '7:00' }, 'bad-time'],
    [{ startTime: '17:60' }, 'bad-time'],
    [{ startTime: '17:00:00' }, 'bad-time'],
    [{ startTime: '' }, 'bad-time'],
    [{ durationMinutes: 0 }, 'bad-duration'],
    [{ durationMinutes: -45 }, 'bad-duration'],
    [{ durationMinutes: 481 }, 'bad-duration'],
    [{ durationMinutes: 90.5 }, 'bad-duration'],
    [{ breakMinutes: 100 }, 'bad-duration'],
    [{ breakMinutes: -1 }, 'bad-duration'],
    [{ firstDay: '2026-09-01', lastDay: '2034-09-01' }, 'too-many'],
  ] as const)('%j is refused with %s', (extra, reason) => {
    expect(generateSessions(weekly(extra), [])).toEqual({ ok: false, reason });
  });

  it.each([
    [{ durationMinutes: 480 }],
    [{ startTime: '00:00' }],
    [{ startTime: '23:59' }],
    [{ firstDay: '2026-09-01', lastDay: '2026-09-01' }],
  ])('%j is accepted', (extra) => {
    expect(generateSessions(weekly(extra), []).ok).toBe(true);
  });

  it('accepts exactly the maximum number of class days and refuses one more', () => {
    // 400 Mondays from 5 Jan 2026 end on 29 Aug 2033.
    expect(generateSessions(weekly({ weekday: 1, firstDay: '2026-01-05', lastDay: '2033-08-29' }), []).ok).toBe(true);
    expect(generateSessions(weekly({ weekday: 1, firstDay: '2026-01-05', lastDay: '2033-09-05' }), [])).toEqual({
      ok: false,
      reason: 'too-many',
    });
  });

  it('a malformed date is a bug of the caller, not a refusal', () => {
    expect(() => generateSessions(weekly({ firstDay: '2026-02-30' }), [])).toThrow(RangeError);
    expect(() => generateSessions(weekly({ lastDay: '1.09.2026' }), [])).toThrow(RangeError);
  });

  it('every refusal code is a catalogue key (checked by tsc) with its Polish text, naming the limit', () => {
    const reasons: ScheduleRefusal[] = ['end-before-start', 'bad-time', 'bad-duration', 'too-many'];
    for (const reason of reasons) expect(text(`live.schedule.${reason}`)).toMatch(/^\p{Lu}.*\.$/u);
    const moves: MoveRefusal[] = ['end-before-start', 'bad-duration', 'in-the-past', 'already-started'];
    for (const reason of moves) expect(text(`live.move.${reason}`)).toMatch(/^\p{Lu}.*\.$/u);
    expect(text('live.schedule.too-many')).toContain(String(MAX_SESSIONS));
    expect(text({ code: 'live.move.teacher-conflict', params: ['6 października 2026, 17:00'] })).toContain('17:00');
  });
});

describe('overlaps and a teacher’s conflicts (half-open intervals)', () => {
  const r = (a: string, b: string) => ({ startsAt: at(`2026-10-06T${a}:00Z`), endsAt: at(`2026-10-06T${b}:00Z`) });
  it.each([
    [r('15:00', '16:40'), r('16:40', '18:20'), false],
    [r('15:00', '16:40'), r('16:39', '18:20'), true],
    [r('15:00', '16:40'), r('13:00', '15:00'), false],
    [r('15:00', '16:40'), r('15:30', '16:00'), true],
    [r('15:00', '16:40'), r('14:00', '17:00'), true],
    [r('15:00', '16:40'), r('15:00', '16:40'), true],
  ])('%j and %j overlap: %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });

  it('lists every pair of a new session and an existing one that overlap', () => {
    const candidates = [
      { id: 'c1', ...r('15:00', '16:40') },
      { id: 'c2', ...r('17:00', '18:00') },
    ];
    const existing = [
      { id: 'e1', ...r('16:00', '17:30') },
      { id: 'e2', ...r('16:40', '17:00') },
      { id: 'e3', ...r('08:00', '09:00') },
    ];
    expect(teacherConflicts(candidates, existing).map((p) => `${p.candidate.id}-${p.existing.id}`)).toEqual([
      'c1-e1',
      'c2-e1',
    ]);
    expect(teacherConflicts(candidates, [existing[2]])).toEqual([]);
  });
});

describe('moving one session', () => {
  const now = at('2026-10-01T10:00:00Z');
  const current = { startsAt: at('2026-10-06T15:00:00Z'), endsAt: at('2026-10-06T16:40:00Z') };
  it.each([
    [current, { startsAt: at('2026-10-07T15:00:00Z'), endsAt: at('2026-10-07T16:40:00Z') }, { ok: true }],
    [current, { startsAt: at('2026-10-07T15:00:00Z'), endsAt: at('2026-10-07T15:00:00Z') }, 'end-before-start'],
    [current, { startsAt: at('2026-10-07T15:00:00Z'), endsAt: at('2026-10-07T14:00:00Z') }, 'end-before-start'],
    [current, { startsAt: at('2026-10-07T06:00:00Z'), endsAt: at('2026-10-07T14:01:00Z') }, 'bad-duration'],
    [current, { startsAt: at('2026-10-01T10:00:00Z'), endsAt: at('2026-10-01T11:40:00Z') }, 'in-the-past'],
    [
      { startsAt: at('2026-10-01T09:59:00Z'), endsAt: at('2026-10-01T11:39:00Z') },
      { startsAt: at('2026-10-07T15:00:00Z'), endsAt: at('2026-10-07T16:40:00Z') },
      'already-started',
    ],
  ])('%j → %j: %j', (from, to, expected) => {
    expect(checkMove(from, to, now)).toEqual(typeof expected === 'string' ? { ok: false, reason: expected } : expected);
  });
});
