import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { resignationEffectiveAt, resignationRefund, unusedMonths } from '@/lib/families/rules/refunds';

const filed = (y: number, m: number, d = 15) => fromWarsaw(y, m, d, 12);

describe('resignationRefund (§7.5): paid / 10 × months left after the month of filing', () => {
  it('the source example: filed in October, 2999 PLN → 299,90 × 8 = 2399,20 PLN', () => {
    const r = resignationRefund({ paidMinor: 299900, filedAt: filed(2026, 10) });
    expect(r).toMatchObject({ code: 'REFUND', unusedMonths: 8, refundMinor: 239920 });
    expect(r.effectiveAt).toEqual(fromWarsaw(2026, 11, 1));
  });

  it.each([
    ['September', 2026, 9, 9, 269910],
    ['October', 2026, 10, 8, 239920],
    ['November', 2026, 11, 7, 209930],
    ['December', 2026, 12, 6, 179940],
    ['January', 2027, 1, 5, 149950],
    ['February', 2027, 2, 4, 119960],
    ['March', 2027, 3, 3, 89970],
    ['April', 2027, 4, 2, 59980],
    ['May', 2027, 5, 1, 29990],
    ['June', 2027, 6, 0, 0],
    // July/August of the ending year: all ten months were used, the summer is free → nothing.
    ['July', 2027, 7, 0, 0],
    ['August', 2027, 8, 0, 0],
  ])('filed in %s: %i/%i → %i months, %i', (_name, y, m, months, refund) => {
    const r = resignationRefund({ paidMinor: 299900, filedAt: filed(y, m) });
    expect(r.unusedMonths).toBe(months);
    expect(r.refundMinor).toBe(refund);
    expect(r.code).toBe(refund > 0 ? 'REFUND' : 'NOTHING_LEFT');
  });

  it('a package bought in advance and resigned in July or August refunds every month', () => {
    const next = { startYear: 2027 };
    expect(resignationRefund({ paidMinor: 299900, filedAt: filed(2027, 7), schoolYear: next })).toMatchObject({
      unusedMonths: 10,
      refundMinor: 299900,
    });
    expect(resignationRefund({ paidMinor: 299900, filedAt: filed(2027, 8), schoolYear: next })).toMatchObject({
      unusedMonths: 10,
      refundMinor: 299900,
    });
  });

  it('rounds once, half up', () => {
    // 1999,05 PLN × 9 / 10 = 1799,145 → 1799,15
    expect(resignationRefund({ paidMinor: 199905, filedAt: filed(2026, 9) }).refundMinor).toBe(179915);
    // 1999,01 × 9 / 10 = 1799,109 → 1799,11 (not 199,90 × 9 = 1799,10)
    expect(resignationRefund({ paidMinor: 199901, filedAt: filed(2026, 9) }).refundMinor).toBe(179911);
  });

  it('deducts the transfer cost after the calculation', () => {
    expect(
      resignationRefund({ paidMinor: 299900, filedAt: filed(2026, 10), transferCostMinor: 1500 }).refundMinor,
    ).toBe(238420);
    expect(
      resignationRefund({ paidMinor: 299900, filedAt: filed(2027, 5), transferCostMinor: 50000 }).refundMinor,
    ).toBe(0);
  });

  it('refunds nothing for instalments (§7.6)', () => {
    const r = resignationRefund({ paidMinor: 299900, filedAt: filed(2026, 10), instalments: true });
    expect(r).toMatchObject({ code: 'INSTALMENTS', refundMinor: 0 });
    expect(r.message).toContain('w ratach');
  });

  it('gives its message in the reader’s language, Polish by default', () => {
    const input = { paidMinor: 299900, filedAt: filed(2026, 12) };
    expect(resignationRefund(input).message).toBe(
      'Zwrot za 6 z 10 miesięcy roku szkolnego, po potrąceniu kosztów przelewu.',
    );
    const en = resignationRefund(input, 'en');
    expect(en).toMatchObject({ code: 'REFUND', unusedMonths: 6, refundMinor: 179940 });
    expect(en.message).not.toMatch(/Zwrot|miesięcy/);
    expect(resignationRefund({ ...input, instalments: true }, 'en').message).not.toContain('w ratach');
  });

  it('uses the Warsaw month of filing', () => {
    expect(resignationRefund({ paidMinor: 299900, filedAt: fromWarsaw(2026, 10, 31, 23, 59, 59) }).unusedMonths).toBe(
      8,
    );
    // 1 Nov 00:00 Warsaw is still 31 Oct in UTC.
    expect(resignationRefund({ paidMinor: 299900, filedAt: new Date('2026-10-31T23:00:00Z') }).unusedMonths).toBe(7);
  });
});

describe('resignationEffectiveAt (§7.1)', () => {
  it('is the first instant after the month of filing, in Warsaw', () => {
    expect(resignationEffectiveAt(filed(2026, 10, 1)).toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(resignationEffectiveAt(filed(2026, 12, 31))).toEqual(fromWarsaw(2027, 1, 1));
    expect(resignationEffectiveAt(filed(2027, 3, 5)).toISOString()).toBe('2027-03-31T22:00:00.000Z');
  });
});

describe('unusedMonths', () => {
  it('counts all ten months before the year and none after it', () => {
    expect(unusedMonths({ startYear: 2026 }, fromWarsaw(2026, 9, 1))).toBe(10);
    expect(unusedMonths({ startYear: 2026 }, fromWarsaw(2027, 7, 1))).toBe(0);
  });
});
