import { describe, expect, it } from 'vitest';
import { invoiceTotals, splitGross, type TaxLine } from '@/lib/invoices/tax/vat';

describe('splitGross (VAT from gross, half up)', () => {
  it.each([
    // gross, rate, vat, net — exact VAT in the comment
    [0, 23, 0, 0],
    [1, 23, 0, 1], // 0.187
    [99, 23, 19, 80], // 18.512
    [123, 23, 23, 100], // exactly 23
    [299_900, 23, 56_079, 243_821], // 2999.00 zł: 56078.86
    [1_000_000, 23, 186_992, 813_008], // 186991.87
    [10_000, 8, 741, 9259], // 740.74
    [9998, 5, 476, 9522], // 476.095
    [5000, 0, 0, 5000],
  ])('%i gr at %i%% → VAT %i, net %i', (gross, rate, vat, net) => {
    expect(splitGross(gross, rate)).toEqual({ net, vat, gross });
  });

  it('defaults to 23 %', () => {
    expect(splitGross(123)).toEqual({ net: 100, vat: 23, gross: 123 });
  });

  it('rounds an exact half up (possible only for some rates, e.g. 4 %: 13 × 4 / 104 = 0.5)', () => {
    expect(splitGross(13, 4).vat).toBe(1);
  });

  it('refuses fractions, negatives and impossible rates', () => {
    expect(() => splitGross(1.5)).toThrow();
    expect(() => splitGross(-100)).toThrow();
    expect(() => splitGross(100, 23.5)).toThrow();
    expect(() => splitGross(100, -1)).toThrow();
  });
});

const line = (unitGross: number, quantity = 1, vatRate = 23): TaxLine => ({
  name: 'Kurs',
  quantity,
  unitGross,
  vatRate,
});

describe('invoiceTotals', () => {
  it('a single line is exactly splitGross of unit × quantity', () => {
    const t = invoiceTotals([line(10_000, 3)]);
    expect(t.lines[0]).toMatchObject({ gross: 30_000, vat: 5610, net: 24_390, unitNet: 8130 });
    expect(t.byRate).toEqual([{ vatRate: 23, gross: 30_000, vat: 5610, net: 24_390 }]);
    expect({ net: t.net, vat: t.vat, gross: t.gross }).toEqual({ net: 24_390, vat: 5610, gross: 30_000 });
  });

  it('VAT is fixed on the sum per rate; lines share it so they add up (three × 99 gr)', () => {
    // Rounded one by one: 19 + 19 + 19 = 57; on the sum: 297 × 23 / 123 = 55.54 → 56.
    const t = invoiceTotals([line(99), line(99), line(99)]);
    expect(t.byRate[0].vat).toBe(56);
    expect(t.lines.map((l) => l.vat)).toEqual([19, 19, 18]);
    expect(t.lines.reduce((s, l) => s + l.net, 0)).toBe(t.byRate[0].net);
  });

  it('a grosz of VAT on the sum goes to the line with the largest fraction, ties to the first', () => {
    // 1 gr → 0.187 VAT each; 3 gr → 0.56 → 1.
    expect(invoiceTotals([line(1), line(1), line(1)]).lines.map((l) => l.vat)).toEqual([1, 0, 0]);
    // 50 gr → 9.35, 60 gr → 11.22; sum 20.57 → 21: the .35 line gets the extra grosz.
    expect(invoiceTotals([line(60), line(50)]).lines.map((l) => l.vat)).toEqual([11, 10]);
  });

  it('summarises per rate, highest rate first, and totals the summary', () => {
    const t = invoiceTotals([line(4999, 2, 5), line(239_920), line(10_000, 3), line(10_000, 1, 8)]);
    expect(t.byRate.map((r) => r.vatRate)).toEqual([23, 8, 5]);
    expect(t.byRate[0]).toEqual({
      vatRate: 23,
      gross: 269_920,
      vat: splitGross(269_920).vat,
      net: 269_920 - splitGross(269_920).vat,
    });
    expect(t.byRate[2]).toEqual({ vatRate: 5, gross: 9998, vat: 476, net: 9522 });
    expect(t.gross).toBe(269_920 + 10_000 + 9998);
    expect(t.vat).toBe(t.byRate.reduce((s, r) => s + r.vat, 0));
    expect(t.net + t.vat).toBe(t.gross);
  });

  it('keeps extra fields of the lines (unit, ids) for the caller', () => {
    const t = invoiceTotals([{ ...line(100), unit: 'szt.' }]);
    expect(t.lines[0].unit).toBe('szt.');
  });

  it('refuses an empty invoice and bad quantities', () => {
    expect(() => invoiceTotals([])).toThrow();
    expect(() => invoiceTotals([line(100, 0)])).toThrow();
    expect(() => invoiceTotals([line(100, 1.5)])).toThrow();
  });

  it('always reconciles: lines add up to each rate, each line within 1 gr of its exact VAT, all integers', () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const rates = [23, 8, 5, 0];
    for (let run = 0; run < 500; run++) {
      const lines = Array.from({ length: 1 + rnd(8) }, () => line(1 + rnd(500_000), 1 + rnd(5), rates[rnd(4)]));
      const t = invoiceTotals(lines);
      for (const r of t.byRate) {
        const mine = t.lines.filter((l) => l.vatRate === r.vatRate);
        expect(mine.reduce((s, l) => s + l.vat, 0)).toBe(r.vat);
        expect(mine.reduce((s, l) => s + l.net, 0)).toBe(r.net);
        expect(mine.reduce((s, l) => s + l.gross, 0)).toBe(r.gross);
        expect(r).toEqual({ vatRate: r.vatRate, ...splitGross(r.gross, r.vatRate) });
      }
      for (const l of t.lines) {
        const exact = (l.gross * l.vatRate) / (100 + l.vatRate);
        expect(Math.abs(l.vat - exact)).toBeLessThan(1);
        expect(l.net + l.vat).toBe(l.gross);
        for (const v of [l.net, l.vat, l.gross, l.unitNet]) expect(Number.isInteger(v)).toBe(true);
      }
      expect(t.net + t.vat).toBe(t.gross);
    }
  });
});
