import { describe, expect, it } from 'vitest';
import { divRoundHalfUp, formatMoney } from '@/lib/format/money';
import { addMonthsWarsaw, formatDate, formatLastDay, fromWarsaw, warsawDateKey, warsawParts } from '@/lib/format/time';

const nbsp = (s: string) => s.replace(/\s/g, ' ');

describe('money', () => {
  it('formats minor units the Polish way', () => {
    expect(nbsp(formatMoney(239920, 'PLN'))).toBe('2399,20 zł'); // pl-PL groups from five digits
    expect(nbsp(formatMoney(1234567, 'PLN'))).toBe('12 345,67 zł');
    expect(nbsp(formatMoney(5, 'PLN'))).toBe('0,05 zł');
    expect(nbsp(formatMoney(61900, 'GBP'))).toBe('619,00 GBP');
    expect(() => formatMoney(1.5)).toThrow();
  });
  it('rounds half up once', () => {
    expect(divRoundHalfUp(299900, 10)).toBe(29990);
    expect(divRoundHalfUp(5, 2)).toBe(3);
    expect(divRoundHalfUp(4, 3)).toBe(1);
    expect(divRoundHalfUp(-5, 2)).toBe(-3);
  });
});

describe('Europe/Warsaw time', () => {
  it('names the last day inside an exclusive end, in Warsaw', () => {
    expect(formatLastDay(fromWarsaw(2027, 9, 1))).toBe('31 sierpnia 2027');
    expect(formatLastDay(fromWarsaw(2026, 12, 5, 12))).toBe('5 grudnia 2026');
  });
  it('maps wall-clock time to instants across DST', () => {
    expect(fromWarsaw(2026, 1, 15, 12).toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(fromWarsaw(2026, 7, 15, 12).toISOString()).toBe('2026-07-15T10:00:00.000Z');
    expect(warsawParts(new Date('2026-10-25T00:30:00Z'))).toMatchObject({ day: 25, hour: 2 });
  });
  it('uses the Warsaw calendar day, not UTC', () => {
    expect(warsawDateKey(new Date('2026-08-31T22:30:00Z'))).toBe('2026-09-01');
    expect(formatDate(new Date('2026-08-31T22:30:00Z'))).toBe('1 września 2026');
  });
  it('adds calendar months, clamping to the month end', () => {
    expect(warsawDateKey(addMonthsWarsaw(fromWarsaw(2027, 1, 31, 10), 1))).toBe('2027-02-28');
    expect(addMonthsWarsaw(fromWarsaw(2026, 9, 20, 9, 30), 2).toISOString()).toBe(
      fromWarsaw(2026, 11, 20, 9, 30).toISOString(),
    );
  });
});
