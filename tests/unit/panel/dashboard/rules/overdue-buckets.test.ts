import { describe, expect, it } from 'vitest';
import { bucketOverdue, daysLate, overdueBucket } from '@/lib/panel/dashboard/rules/overdue-buckets';
import { dashboardPeriods } from '@/lib/panel/dashboard/rules/periods';

describe('overdue buckets', () => {
  it.each([
    [-3, null],
    [0, null], // due today: not overdue yet
    [1, 'upTo7'],
    [7, 'upTo7'],
    [8, 'upTo14'],
    [14, 'upTo14'],
    [15, 'upTo30'],
    [30, 'upTo30'],
    [31, 'over30'],
    [400, 'over30'],
  ])('a charge %i days late is in %s', (days, bucket) => {
    expect(overdueBucket(days)).toBe(bucket);
  });

  it.each([
    ['2026-12-01', '2026-12-02', 1],
    ['2026-11-02', '2026-12-02', 30],
    ['2026-11-01', '2026-12-02', 31],
    // Across the end of summer time (25 October): still whole calendar days.
    ['2026-10-20', '2026-10-27', 7],
    ['2026-03-25', '2026-04-01', 7],
  ])('from due date %s to today %s is %i days', (due, today, days) => {
    expect(daysLate(due, today)).toBe(days);
  });

  it("counts days from today's Warsaw date, which turns at Warsaw midnight, not UTC's", () => {
    // 23:30 UTC on 1 December is 00:30 on 2 December in Warsaw: a charge due on 1 December is 1 day late.
    const today = dashboardPeriods(new Date('2026-12-01T23:30:00Z')).today;
    expect(today).toBe('2026-12-02');
    expect(overdueBucket(daysLate('2026-12-01', today))).toBe('upTo7');
    // 22:59 UTC on 1 December is still 1 December in Warsaw: the same charge is due today.
    expect(overdueBucket(daysLate('2026-12-01', dashboardPeriods(new Date('2026-12-01T22:59:00Z')).today))).toBe(null);
  });

  it('sums counts and amounts per bucket and currency, every bucket present in order', () => {
    const today = '2026-12-02';
    const rows = [
      { dueDate: '2026-12-02', currency: 'PLN', count: 9, amount: 999 }, // due today: left out
      { dueDate: '2026-12-01', currency: 'PLN', count: 2, amount: 1000 },
      { dueDate: '2026-11-25', currency: 'PLN', count: 1, amount: 500 }, // 7 days
      { dueDate: '2026-11-24', currency: 'EUR', count: 1, amount: 300 }, // 8 days
      { dueDate: '2026-11-02', currency: 'PLN', count: 1, amount: 200 }, // 30 days
      { dueDate: '2026-11-01', currency: 'PLN', count: 3, amount: 7000 }, // 31 days
    ];
    expect(bucketOverdue(rows, today)).toEqual([
      { bucket: 'upTo7', count: 3, amounts: { PLN: 1500 } },
      { bucket: 'upTo14', count: 1, amounts: { EUR: 300 } },
      { bucket: 'upTo30', count: 1, amounts: { PLN: 200 } },
      { bucket: 'over30', count: 3, amounts: { PLN: 7000 } },
    ]);
  });
});
