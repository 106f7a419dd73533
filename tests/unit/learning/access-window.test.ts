import { describe, expect, it } from 'vitest';
import { accessEnd, accessState, daysLeft } from '@/lib/learning/access-window';
import { fromWarsaw } from '@/lib/format/time';

const utc = (iso: string) => new Date(iso);

describe('accessEnd: months', () => {
  it('keeps the Warsaw wall-clock time across the spring DST change', () => {
    // 1 Mar 10:00 CET (09:00Z) → 1 Apr 10:00 CEST (08:00Z): one hour less than 31 × 24 h.
    expect(accessEnd(fromWarsaw(2025, 3, 1, 10), { kind: 'months', months: 1 })).toEqual(utc('2025-04-01T08:00:00Z'));
  });

  it('keeps the Warsaw wall-clock time across the autumn DST change', () => {
    // 26 Sep 10:00 CEST (08:00Z) → 26 Oct 10:00 CET (09:00Z), the day the clocks go back.
    expect(accessEnd(fromWarsaw(2025, 9, 26, 10), { kind: 'months', months: 1 })).toEqual(utc('2025-10-26T09:00:00Z'));
    expect(accessEnd(fromWarsaw(2025, 9, 26, 10), { kind: 'months', months: 2 })).toEqual(utc('2025-11-26T09:00:00Z'));
  });

  it('counts months on the Warsaw calendar, not the UTC one', () => {
    // 1 Mar 00:30 in Warsaw is still 28 Feb in UTC.
    expect(accessEnd(utc('2025-02-28T23:30:00Z'), { kind: 'months', months: 1 })).toEqual(utc('2025-03-31T22:30:00Z'));
  });

  it('clamps 31 January + 1 month to the end of February', () => {
    expect(accessEnd(fromWarsaw(2025, 1, 31, 10), { kind: 'months', months: 1 })).toEqual(utc('2025-02-28T09:00:00Z'));
    expect(accessEnd(fromWarsaw(2024, 1, 31, 10), { kind: 'months', months: 1 })).toEqual(utc('2024-02-29T09:00:00Z'));
    expect(accessEnd(fromWarsaw(2025, 1, 31, 10), { kind: 'months', months: 2 })).toEqual(utc('2025-03-31T08:00:00Z'));
    expect(accessEnd(fromWarsaw(2025, 12, 31, 10), { kind: 'months', months: 2 })).toEqual(utc('2026-02-28T09:00:00Z'));
  });

  it('gives a group package its 2 months', () => {
    expect(accessEnd(fromWarsaw(2025, 5, 15, 14, 20), { kind: 'months', months: 2 })).toEqual(
      fromWarsaw(2025, 7, 15, 14, 20),
    );
  });

  it('rejects a non-positive or fractional month count', () => {
    expect(() => accessEnd(new Date(), { kind: 'months', months: 0 })).toThrow(RangeError);
    expect(() => accessEnd(new Date(), { kind: 'months', months: 1.5 })).toThrow(RangeError);
  });
});

describe('accessEnd: until and unlimited', () => {
  const start = fromWarsaw(2025, 9, 1);

  it('lasts through the whole Warsaw day of `date`', () => {
    // A Prisma @db.Date arrives as UTC midnight.
    expect(accessEnd(start, { kind: 'until', date: utc('2026-06-30T00:00:00Z') })).toEqual(utc('2026-06-30T22:00:00Z'));
    // 23:30 on 30 June in Warsaw is still 30 June.
    expect(accessEnd(start, { kind: 'until', date: utc('2026-06-30T21:30:00Z') })).toEqual(utc('2026-06-30T22:00:00Z'));
    expect(accessEnd(start, { kind: 'until', date: utc('2025-12-31T12:00:00Z') })).toEqual(utc('2025-12-31T23:00:00Z'));
  });

  it('ends at Warsaw midnight on both sides of a DST change', () => {
    expect(accessEnd(start, { kind: 'until', date: fromWarsaw(2025, 10, 25, 12) })).toEqual(
      utc('2025-10-25T22:00:00Z'),
    );
    expect(accessEnd(start, { kind: 'until', date: fromWarsaw(2025, 10, 26, 12) })).toEqual(
      utc('2025-10-26T23:00:00Z'),
    );
    expect(accessEnd(start, { kind: 'until', date: fromWarsaw(2026, 3, 28, 12) })).toEqual(utc('2026-03-28T23:00:00Z'));
    expect(accessEnd(start, { kind: 'until', date: fromWarsaw(2026, 3, 29, 12) })).toEqual(utc('2026-03-29T22:00:00Z'));
  });

  it('is null when unlimited', () => {
    expect(accessEnd(start, { kind: 'unlimited' })).toBeNull();
  });
});

describe('accessState', () => {
  const start = utc('2025-05-01T08:00:00Z');
  const end = utc('2025-07-01T08:00:00Z');
  it('includes the start and excludes the end', () => {
    expect(accessState(utc('2025-05-01T07:59:59Z'), start, end)).toBe('not-started');
    expect(accessState(start, start, end)).toBe('active');
    expect(accessState(utc('2025-07-01T07:59:59Z'), start, end)).toBe('active');
    expect(accessState(end, start, end)).toBe('ended');
    expect(accessState(utc('2099-01-01T00:00:00Z'), start, null)).toBe('active');
  });
});

describe('daysLeft', () => {
  const endOfJune = utc('2026-06-30T22:00:00Z'); // 1 Jul 00:00 Warsaw

  it('counts Warsaw calendar days including today', () => {
    expect(daysLeft(utc('2026-06-30T08:00:00Z'), endOfJune)).toBe(1);
    expect(daysLeft(utc('2026-06-29T22:00:00Z'), endOfJune)).toBe(1); // 00:00 on 30 June
    expect(daysLeft(utc('2026-06-29T21:59:59Z'), endOfJune)).toBe(2); // 23:59:59 on 29 June
    expect(daysLeft(utc('2026-06-01T12:00:00Z'), endOfJune)).toBe(30);
  });

  it('counts the day access ends mid-day', () => {
    const end = fromWarsaw(2025, 7, 15, 14, 20);
    expect(daysLeft(fromWarsaw(2025, 7, 15, 9), end)).toBe(1);
    expect(daysLeft(fromWarsaw(2025, 7, 14, 23), end)).toBe(2);
  });

  it('counts a 25-hour and a 23-hour DST day as one day', () => {
    // From 00:00 on 26 Oct 2025 to 00:00 on 27 Oct is 25 hours but a single day.
    expect(daysLeft(fromWarsaw(2025, 10, 26), fromWarsaw(2025, 10, 27))).toBe(1);
    // 29 and 30 March 2025 (47 hours) are two days.
    expect(daysLeft(fromWarsaw(2025, 3, 29), fromWarsaw(2025, 3, 31))).toBe(2);
  });

  it('is 0 once ended and null when unlimited', () => {
    expect(daysLeft(endOfJune, endOfJune)).toBe(0);
    expect(daysLeft(utc('2026-08-01T00:00:00Z'), endOfJune)).toBe(0);
    expect(daysLeft(new Date(), null)).toBeNull();
  });
});
