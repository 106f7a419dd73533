import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { isWithinWithdrawal, withdrawalWindow } from '@/lib/families/rules/withdrawal';

describe('withdrawalWindow (§8): to the end of the 14th day after the day of paying', () => {
  it('paid 3 March 15:00 → open until 17 March 23:59:59, closed from 18 March 00:00', () => {
    const paidAt = fromWarsaw(2027, 3, 3, 15);
    const { from, until } = withdrawalWindow(paidAt);
    expect(from).toEqual(paidAt);
    expect(until.toISOString()).toBe('2027-03-17T23:00:00.000Z');
    expect(isWithinWithdrawal(paidAt, fromWarsaw(2027, 3, 17, 23, 59, 59))).toBe(true);
    expect(isWithinWithdrawal(paidAt, fromWarsaw(2027, 3, 18))).toBe(false);
  });

  it('is never shorter than 14 × 24 h', () => {
    const paidAt = fromWarsaw(2027, 3, 3, 23, 59, 59);
    expect(withdrawalWindow(paidAt).until.getTime() - paidAt.getTime()).toBe(14 * 86_400_000 + 1000);
    expect(isWithinWithdrawal(paidAt, new Date(paidAt.getTime() + 14 * 86_400_000))).toBe(true);
  });

  it('ends at Warsaw midnight across the spring DST change', () => {
    expect(withdrawalWindow(fromWarsaw(2027, 3, 20, 10)).until.toISOString()).toBe('2027-04-03T22:00:00.000Z');
  });

  it('crosses month and year ends', () => {
    expect(withdrawalWindow(fromWarsaw(2026, 12, 25, 9)).until).toEqual(fromWarsaw(2027, 1, 9));
    expect(withdrawalWindow(fromWarsaw(2027, 2, 20, 9)).until).toEqual(fromWarsaw(2027, 3, 7));
  });

  it('uses the Warsaw day of paying, not the UTC one', () => {
    // 31 Aug 23:30 Warsaw = 21:30 UTC: day 1 is 1 September.
    expect(withdrawalWindow(fromWarsaw(2026, 8, 31, 23, 30)).until).toEqual(fromWarsaw(2026, 9, 15));
  });

  it('is not open before paying', () => {
    const paidAt = fromWarsaw(2027, 3, 3, 15);
    expect(isWithinWithdrawal(paidAt, new Date(paidAt.getTime() - 1))).toBe(false);
    expect(isWithinWithdrawal(paidAt, paidAt)).toBe(true);
  });
});
