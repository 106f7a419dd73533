import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import {
  schoolYearEnd,
  schoolYearForPurchase,
  schoolYearLabel,
  schoolYearOf,
  schoolYearStart,
  summerEnd,
} from '@/lib/families/rules/school-year';

describe('schoolYearOf (access year)', () => {
  it.each([
    [2026, 9, 1, 2026],
    [2026, 12, 31, 2026],
    [2027, 1, 1, 2026],
    [2027, 6, 30, 2026],
    // July and August still belong to the year that has just ended (free summer, §3.4).
    [2027, 7, 1, 2026],
    [2027, 8, 31, 2026],
  ])('%i-%i-%i → %i/…', (y, m, d, start) => {
    expect(schoolYearOf(fromWarsaw(y, m, d, 12))).toEqual({ startYear: start });
  });

  it('switches at Warsaw midnight, not UTC midnight', () => {
    // 31 Aug 23:30 Warsaw is 21:30 UTC; 1 Sep 00:30 Warsaw is still 31 Aug in UTC.
    expect(schoolYearOf(fromWarsaw(2026, 8, 31, 23, 30))).toEqual({ startYear: 2025 });
    expect(schoolYearOf(new Date('2026-08-31T22:30:00Z'))).toEqual({ startYear: 2026 });
  });
});

describe('schoolYearForPurchase', () => {
  it('sells the coming year in July and August', () => {
    expect(schoolYearForPurchase(fromWarsaw(2026, 7, 1))).toEqual({ startYear: 2026 });
    expect(schoolYearForPurchase(fromWarsaw(2026, 8, 31, 23, 59))).toEqual({ startYear: 2026 });
  });
  it('sells the current year from September to June', () => {
    expect(schoolYearForPurchase(fromWarsaw(2026, 9, 1))).toEqual({ startYear: 2026 });
    expect(schoolYearForPurchase(fromWarsaw(2027, 6, 30, 23, 59))).toEqual({ startYear: 2026 });
  });
});

describe('labels and bounds', () => {
  it('labels 2026 as 2026/2027', () => {
    expect(schoolYearLabel({ startYear: 2026 })).toBe('2026/2027');
  });
  it('starts on 1 September 00:00 Warsaw (CEST, UTC+2)', () => {
    expect(schoolYearStart({ startYear: 2026 }).toISOString()).toBe('2026-08-31T22:00:00.000Z');
  });
  it('ends exclusively on 1 July 00:00 Warsaw, so all of 30 June is inside', () => {
    expect(schoolYearEnd({ startYear: 2026 }).toISOString()).toBe('2027-06-30T22:00:00.000Z');
  });
  it('the summer ends where the next year starts', () => {
    expect(summerEnd({ startYear: 2026 })).toEqual(schoolYearStart({ startYear: 2027 }));
  });
});
