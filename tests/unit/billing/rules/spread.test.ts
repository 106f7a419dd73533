import { describe, expect, it } from 'vitest';
import { percentOf, splitEvenly, spreadDiscount } from '@/lib/billing/rules/spread';

describe('spreading a discount over instalments (AK1)', () => {
  it.each([
    [1000, [3000, 3000, 3000], [333, 333, 334]],
    [32000, [160000, 0, 160000], [16000, 0, 16000]],
    [1001, [10000, 0, 10000], [500, 0, 501]],
    [
      20000,
      [30000, 30000, 30000, 30000, 30000, 30000, 30000, 30000, 30000, 30005],
      [1999, 1999, 1999, 1999, 1999, 1999, 1999, 1999, 1999, 2009],
    ],
    [0, [100, 200], [0, 0]],
    // Never more than the charges themselves.
    [500, [100, 200], [100, 200]],
  ])('%i over %j is %j, remainder on the last', (total, amounts, want) => {
    const got = spreadDiscount(total, amounts);
    expect(got).toEqual(want);
    expect(got.reduce((a, b) => a + b, 0)).toBe(
      Math.min(
        total,
        amounts.reduce((a, b) => a + b, 0),
      ),
    );
  });

  it('splits a price into equal parts with the remainder on the last', () => {
    expect(splitEvenly(300005, 10)).toEqual([...Array(9).fill(30000), 30005]);
    expect(splitEvenly(320001, 2)).toEqual([160000, 160001]);
  });

  it('rounds a percent (basis points) half up once', () => {
    expect(percentOf(12345, 1000)).toBe(1235);
    expect(percentOf(12344, 1000)).toBe(1234);
  });
});
