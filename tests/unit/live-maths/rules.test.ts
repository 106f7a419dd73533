// Matplaneta Live's pure rules: the age of a child known by birth year (L2), the pro-rata refund
// of cancelled classes rounded once over the period (L13), and period boundaries counted in
// classes when one is cancelled (L1, lib/billing/contracts/sessions.ts's sessionBlocks).
import { describe, expect, it } from 'vitest';
import { liveAgeCheck } from '@/lib/live-maths/rules/age';
import { proRataRefund, proRataTotal } from '@/lib/live-maths/rules/refund';
import { sessionBlocks } from '@/lib/billing/contracts/sessions';
import { fromWarsaw } from '@/lib/format/time';

describe('liveAgeCheck (4–13 in the current year)', () => {
  it.each([
    [2023, 2026, { ok: false, reason: 'tooYoung', age: 3 }],
    [2022, 2026, { ok: true, age: 4 }],
    [2013, 2026, { ok: true, age: 13 }],
    [2012, 2026, { ok: false, reason: 'tooOld', age: 14 }],
    [2027, 2026, { ok: false, reason: 'tooYoung', age: -1 }],
  ])('born %i, in %i → %o', (born, year, expected) => {
    expect(liveAgeCheck(born, year)).toEqual(expected);
  });
});

describe('pro-rata refund: price × not delivered ÷ 4, rounded once', () => {
  it.each([
    [24000, 1, 6000],
    [24000, 4, 24000],
    [24001, 1, 6000], // 6000.25
    [24002, 1, 6001], // 6000.5 rounds half up
    [24001, 2, 12001], // 12000.5
    [24001, 5, 24001], // never more than the period
    [0, 2, 0],
  ])('%i gr, %i classes → %i gr', (price, n, total) => {
    expect(proRataTotal(price, n)).toBe(total);
  });

  it('the refunds of a period add up to the rounded whole, never a grosz off', () => {
    const price = 24003;
    let refunded = 0;
    for (let k = 1; k <= 4; k++) refunded += proRataRefund(price, k, refunded);
    expect(refunded).toBe(price);
    expect(proRataRefund(price, 2, proRataTotal(price, 2))).toBe(0); // asked again: nothing more
  });

  it('refuses a price that is not whole grosze', () => {
    expect(() => proRataTotal(10.5, 1)).toThrow();
  });
});

describe('period boundaries in classes', () => {
  // Tuesdays 17:00 from 6 October 2026 (CEST → CET on 25 October: still 17:00 Warsaw).
  const week = (i: number) => {
    const startsAt = fromWarsaw(2026, 10, 6 + 7 * i, 17);
    return { startsAt, endsAt: new Date(startsAt.getTime() + 100 * 60_000) };
  };
  const all = Array.from({ length: 9 }, (_, i) => week(i));

  it('four classes a period; the next period’s link when the 3rd class ends', () => {
    const b = sessionBlocks(all, '2026-10-01', 4);
    expect(b.map((x) => [x.start, x.end])).toEqual([
      ['2026-10-06', '2026-10-27'],
      ['2026-11-03', '2026-11-24'],
      ['2026-12-01', '2026-12-01'],
    ]);
    expect(b[1].notifyAt).toEqual(all[2].endsAt);
  });

  it('a cancelled class is skipped: the periods laid out over the classes still scheduled end later', () => {
    const scheduled = all.filter((_, i) => i !== 1);
    const b = sessionBlocks(scheduled, '2026-10-01', 4);
    expect(b.map((x) => [x.start, x.end])).toEqual([
      ['2026-10-06', '2026-11-03'],
      ['2026-11-10', '2026-12-01'],
    ]);
    // The link for the second period: when the first period's 3rd held class (27 October) ends.
    expect(b[1].notifyAt).toEqual(all[3].endsAt);
  });
});
