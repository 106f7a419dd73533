// The panel calendar's week: Monday-first in Europe/Warsaw, across DST, and sessions per Warsaw day.
import { describe, expect, it } from 'vitest';
import { byDay, warsawLocal, warsawWeek, weekdayOf } from '@/lib/live/panel/week';
import { nextPerGroup } from '@/lib/live/panel/agenda-page';

describe('warsawWeek', () => {
  it.each([
    ['2026-12-02', '2026-11-30'], // Wednesday
    ['2026-11-30', '2026-11-30'], // Monday
    ['2026-12-06', '2026-11-30'], // Sunday belongs to the week before
    ['2027-01-01', '2026-12-28'], // across the year
  ])('the week of %s starts on %s', (day, monday) => {
    const w = warsawWeek(day, new Date('2020-01-01T00:00:00Z'));
    expect(w.days[0]).toBe(monday);
    expect(w.days).toHaveLength(7);
    expect(weekdayOf(w.days[6])).toBe(7);
  });

  it('uses now in Warsaw when the request is not a day (Sunday 23:30 UTC is already Monday there)', () => {
    const w = warsawWeek('nonsense', new Date('2026-12-06T23:30:00Z'));
    expect(w.days[0]).toBe('2026-12-07');
    expect(w.from.toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(w.to.toISOString()).toBe('2026-12-13T23:00:00.000Z');
    expect(w.prev).toBe('2026-11-30');
    expect(w.next).toBe('2026-12-14');
  });

  it('bounds a DST week by Warsaw midnights (CET → CEST on 29 March 2026)', () => {
    const w = warsawWeek('2026-03-25', new Date());
    expect(w.from.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(w.to.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('byDay', () => {
  it('puts a session on its Warsaw day, sorted, and leaves empty days empty', () => {
    const w = warsawWeek('2026-12-02', new Date());
    const late = { id: 'b', startsAt: new Date('2026-12-01T23:15:00Z') }; // 00:15 Wednesday in Warsaw
    const early = { id: 'a', startsAt: new Date('2026-12-02T08:00:00Z') };
    const out = byDay(w.days, [early, late]);
    expect(out[1].sessions).toEqual([]);
    expect(out[2].sessions.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('names a public holiday and a school break on their days', () => {
    const w = warsawWeek('2026-12-30', new Date());
    const out = byDay(w.days, [], [{ from: '2026-12-28', to: '2026-12-29', name: 'Przerwa świąteczna' }]);
    expect(out.map((d) => d.off)).toEqual([
      'Przerwa świąteczna',
      'Przerwa świąteczna',
      null,
      null,
      expect.stringMatching(/Nowy Rok/),
      null,
      null,
    ]);
  });
});

describe('warsawLocal', () => {
  it.each([
    ['2026-12-03T17:00', '2026-12-03T16:00:00.000Z'],
    ['2026-07-03T17:00', '2026-07-03T15:00:00.000Z'],
  ])('reads %s as Warsaw time', (v, iso) => expect(warsawLocal(v)?.toISOString()).toBe(iso));
  it.each(['', '2026-12-03', '2026-13-03T17:00', '2026-12-03T25:00'])('refuses %j', (v) =>
    expect(warsawLocal(v)).toBeNull(),
  );
});

describe('nextPerGroup', () => {
  it("keeps only each group's next session below the minimum", () => {
    const row = (sessionId: string, groupId: string) => ({
      sessionId,
      groupId,
      title: groupId,
      startsAt: new Date(),
      taken: 1,
      minParticipants: 6,
    });
    expect(nextPerGroup([row('s1', 'g1'), row('s2', 'g2'), row('s3', 'g1')]).map((r) => r.sessionId)).toEqual([
      's1',
      's2',
    ]);
  });
});
