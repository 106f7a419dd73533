import { describe, expect, it } from 'vitest';
import { dashboardPeriods } from '@/lib/panel/dashboard/rules/periods';

describe('the staff home counts today and this month in Warsaw', () => {
  it.each([
    // [now (UTC), today, day start, day end, month start, month end]
    [
      '2026-12-02T10:00:00Z',
      '2026-12-02',
      '2026-12-01T23:00:00Z',
      '2026-12-02T23:00:00Z',
      '2026-11-30T23:00:00Z',
      '2026-12-31T23:00:00Z',
    ],
    // Just after Warsaw midnight, still 30 November in UTC: already December's first day.
    [
      '2026-11-30T23:00:00Z',
      '2026-12-01',
      '2026-11-30T23:00:00Z',
      '2026-12-01T23:00:00Z',
      '2026-11-30T23:00:00Z',
      '2026-12-31T23:00:00Z',
    ],
    // A millisecond before Warsaw midnight: still 30 November, and November's month.
    [
      '2026-11-30T22:59:59.999Z',
      '2026-11-30',
      '2026-11-29T23:00:00Z',
      '2026-11-30T23:00:00Z',
      '2026-10-31T23:00:00Z',
      '2026-11-30T23:00:00Z',
    ],
    // New Year's Eve after Warsaw midnight: January of the next year.
    [
      '2026-12-31T23:30:00Z',
      '2027-01-01',
      '2026-12-31T23:00:00Z',
      '2027-01-01T23:00:00Z',
      '2026-12-31T23:00:00Z',
      '2027-01-31T23:00:00Z',
    ],
    // The day summer time ends (25 Oct 2026) lasts 25 hours; October starts in summer time.
    [
      '2026-10-25T12:00:00Z',
      '2026-10-25',
      '2026-10-24T22:00:00Z',
      '2026-10-25T23:00:00Z',
      '2026-09-30T22:00:00Z',
      '2026-10-31T23:00:00Z',
    ],
    // The day summer time starts (29 Mar 2026) lasts 23 hours.
    [
      '2026-03-29T12:00:00Z',
      '2026-03-29',
      '2026-03-28T23:00:00Z',
      '2026-03-29T22:00:00Z',
      '2026-02-28T23:00:00Z',
      '2026-03-31T22:00:00Z',
    ],
  ])('at %s today is %s', (now, today, dayStart, dayEnd, monthStart, monthEnd) => {
    const p = dashboardPeriods(new Date(now));
    expect(p.today).toBe(today);
    expect(p.dayStart.toISOString()).toBe(new Date(dayStart).toISOString());
    expect(p.dayEnd.toISOString()).toBe(new Date(dayEnd).toISOString());
    expect(p.monthStart.toISOString()).toBe(new Date(monthStart).toISOString());
    expect(p.monthEnd.toISOString()).toBe(new Date(monthEnd).toISOString());
  });
});
