import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { countByWeek, lastWeeks, warsawWeekOf, weeksStart } from '@/lib/families/dashboard/rules/weeks';

describe('warsawWeekOf', () => {
  it.each([
    ['Monday 00:00 Warsaw in winter (Sunday 23:00 UTC)', '2026-11-29T23:00:00.000Z', '2026-11-30'],
    ['a millisecond before that Monday', '2026-11-29T22:59:59.999Z', '2026-11-23'],
    ['Monday 00:00 Warsaw in summer (Sunday 22:00 UTC)', '2026-05-31T22:00:00.000Z', '2026-06-01'],
    ['a millisecond before that summer Monday', '2026-05-31T21:59:59.999Z', '2026-05-25'],
    ['Sunday 23:30 Warsaw just after the clocks went back (CET)', '2026-10-25T22:30:00.000Z', '2026-10-19'],
    ['Monday 00:00 Warsaw after the clocks went back', '2026-10-25T23:00:00.000Z', '2026-10-26'],
    ['the repeated hour 02:30 CEST of the last Sunday of October', '2026-10-25T00:30:00.000Z', '2026-10-19'],
    ['Sunday 23:59 Warsaw after the clocks went forward (CEST)', '2026-03-29T21:59:00.000Z', '2026-03-23'],
    ['Monday 00:00 Warsaw after the clocks went forward', '2026-03-29T22:00:00.000Z', '2026-03-30'],
    ['a Wednesday noon', '2026-12-02T11:00:00.000Z', '2026-11-30'],
    ['a New Year week that starts in December', '2027-01-01T10:00:00.000Z', '2026-12-28'],
  ])('%s', (_, at, monday) => {
    expect(warsawWeekOf(new Date(at))).toBe(monday);
  });
});

describe('lastWeeks and weeksStart', () => {
  it('lists the Mondays oldest first, the current week last', () => {
    expect(lastWeeks(new Date('2026-12-02T11:00:00Z'), 3)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
  });
  it.each([
    ['eight weeks back reaches into summer time', '2026-12-02T11:00:00Z', 8, '2026-10-12', '2026-10-11T22:00:00.000Z'],
    [
      'in winter the first Monday begins at 23:00 UTC',
      '2026-12-02T11:00:00Z',
      2,
      '2026-11-23',
      '2026-11-22T23:00:00.000Z',
    ],
    [
      'on Monday 00:00 itself the current week is the new one',
      '2026-11-29T23:00:00Z',
      1,
      '2026-11-30',
      '2026-11-29T23:00:00.000Z',
    ],
  ])('%s', (_, now, count, first, start) => {
    const weeks = lastWeeks(new Date(now), count);
    expect(weeks).toHaveLength(count);
    expect(weeks[0]).toBe(first);
    expect(weeksStart(weeks).toISOString()).toBe(start);
  });
});

describe('countByWeek', () => {
  const weeks = ['2026-10-19', '2026-10-26', '2026-11-02'];
  it.each([
    ['nothing done', [], [0, 0, 0]],
    [
      'the DST week is Monday to Sunday in local time (169 hours)',
      [fromWarsaw(2026, 10, 19, 0, 0, 0), fromWarsaw(2026, 10, 25, 23, 59, 59), fromWarsaw(2026, 10, 26, 0, 0, 0)],
      [2, 1, 0],
    ],
    [
      'times before the first week or after the last are left out',
      [fromWarsaw(2026, 10, 18, 23, 59, 59), fromWarsaw(2026, 11, 9, 0, 0, 0), fromWarsaw(2026, 11, 8, 12)],
      [0, 0, 1],
    ],
  ])('%s', (_, times, counts) => {
    expect(countByWeek(times, weeks)).toEqual(weeks.map((week, i) => ({ week, count: counts[i] })));
  });
});
