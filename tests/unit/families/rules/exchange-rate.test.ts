import { describe, expect, it } from 'vitest';
import { convertFromPln } from '@/lib/families/rules/exchange-rate';

const eur = (plnPerUnitTimes10000: number) => ({ currency: 'EUR' as const, plnPerUnitTimes10000 });

describe('convertFromPln', () => {
  it('converts 200 PLN at 4.2735 PLN/EUR to 46.80 EUR', () => {
    // 20000 × 10000 / 42735 = 4680.0047 → 4680
    expect(convertFromPln([20000], eur(42735))).toEqual([4680]);
  });
  it('rounds half up', () => {
    // 100 PLN at 8.0000 → 12.50 exactly; 1 grosz at 0.4000 PLN/unit → 2.5 → 3
    expect(convertFromPln([10000], eur(80000))).toEqual([1250]);
    expect(convertFromPln([1], eur(4000))).toEqual([3]);
  });
  it('rounds the sum once; the lines add up to it', () => {
    // 3 × 100 PLN at 3.0000: each 33.333… → the sum 100.00 exactly, not 3 × 33.33 = 99.99
    const lines = convertFromPln([10000, 10000, 10000], eur(30000));
    expect(lines.reduce((a, b) => a + b, 0)).toBe(10000);
    expect(lines).toEqual([3334, 3333, 3333]);
  });
  it('leaves zero lines at zero', () => {
    expect(convertFromPln([0, 10000, 0], eur(30000))).toEqual([0, 3333, 0]);
  });
  it('rejects a non-integer or non-positive rate', () => {
    expect(() => convertFromPln([100], eur(4.27))).toThrow();
    expect(() => convertFromPln([100], eur(0))).toThrow();
  });
});
