// Warsaw weeks and days left of the group dashboard, checked by hand around both DST changes.
import { describe, expect, it } from 'vitest';
import { daysLeft, mondayOf, shortDay, warsawWeeks } from '@/lib/groups/dashboard/rules/weeks';

describe('mondayOf', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // a Monday is its own
    ['2026-12-06', '2026-11-30'], // Sunday belongs to the week before
    ['2026-12-02', '2026-11-30'],
    ['2027-01-01', '2026-12-28'], // across the new year
    ['2026-03-29', '2026-03-23'], // the Sunday clocks go forward
  ])('%s is in the week of %s', (day, monday) => expect(mondayOf(day)).toBe(monday));
});

describe('warsawWeeks', () => {
  it('starts each week at Monday 00:00 Warsaw time, +01:00 before the spring change and +02:00 after', () => {
    // Fri 27 Mar 2026 10:00 UTC to Tue 31 Mar 2026: clocks went forward on Sunday 29 March.
    const weeks = warsawWeeks(new Date('2026-03-27T10:00:00Z'), new Date('2026-03-31T08:00:00Z'));
    expect(weeks.map((w) => [w.monday, w.nextMonday, w.startsAt.toISOString()])).toEqual([
      ['2026-03-23', '2026-03-30', '2026-03-22T23:00:00.000Z'],
      ['2026-03-30', '2026-04-06', '2026-03-29T22:00:00.000Z'],
    ]);
  });

  it('puts Sunday 23:30 Warsaw (22:30 UTC after the autumn change) in the week ending then', () => {
    // Sun 25 Oct 2026 23:30 Warsaw (after the autumn change, +01:00) is 22:30 UTC.
    const weeks = warsawWeeks(new Date('2026-10-25T22:30:00Z'), new Date('2026-10-25T22:30:00Z'));
    expect(weeks.map((w) => w.monday)).toEqual(['2026-10-19']);
  });

  it('puts Monday 00:30 Warsaw (Sunday 22:30 UTC in summer) in the new week', () => {
    const weeks = warsawWeeks(new Date('2026-06-07T22:30:00Z'), new Date('2026-06-07T22:30:00Z'));
    expect(weeks.map((w) => w.monday)).toEqual(['2026-06-08']);
  });

  it('gives ten Monday-weeks for October–November and none when the window ends before it starts', () => {
    expect(warsawWeeks(new Date('2026-10-01T08:00:00Z'), new Date('2026-11-30T22:59:59Z'))).toHaveLength(10);
    expect(warsawWeeks(new Date('2026-10-05T00:00:00Z'), new Date('2026-10-04T00:00:00Z'))).toEqual([]);
  });
});

describe('daysLeft', () => {
  const now = new Date('2026-12-02T18:00:00Z'); // Wednesday 2 Dec 2026, 19:00 Warsaw
  it.each([
    ['ends tomorrow 00:00 Warsaw: today is the last day', '2026-12-02T23:00:00Z', 1],
    ['ends in a week', '2026-12-09T23:00:00Z', 8],
    ['has ended', '2026-12-01T23:00:00Z', 0],
    ['ends this very moment', '2026-12-02T18:00:00Z', 0],
    ['across the spring change', '2027-03-29T22:00:00Z', 118],
  ])('access that %s', (_name, end, left) => expect(daysLeft(new Date(end), now)).toBe(left));

  it('is null for access without an end', () => expect(daysLeft(null, now)).toBeNull());
});

describe('shortDay', () => {
  it.each([
    ['2026-11-30', '30.11'],
    ['2027-01-04', '4.01'],
  ])('%s → %s', (key, label) => expect(shortDay(key)).toBe(label));
});
