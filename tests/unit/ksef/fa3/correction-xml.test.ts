// The FA(3) correcting invoice (KOR) of a refund: valid against the schema, naming the corrected
// invoice, listing the changed lines before and after, and stating the sums as differences.
import { describe, expect, it } from 'vitest';
import { buildCorrectionXml, Fa3InputError } from '@/lib/invoices/ksef/fa3';
import { validateAgainstSchema } from '@/lib/invoices/ksef/fa3/validate';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { toPln } from '@/lib/invoices/pdf';
import { invoiceTotals } from '@/lib/invoices/tax/vat';
import { CORRECTIONS, KSEF_NUMBER, readXml } from './fixtures';

const meta = (correctedKsefNumber: string | null) => ({
  createdAt: new Date('2026-03-20T10:00:01Z'),
  correctedKsefNumber,
});
const money = (minor: number) => (minor / 100).toFixed(2);

type Expected = {
  ksef: string | null;
  P_15: string;
  P_13_1: string;
  P_14_1: string;
  P_14_1W?: string;
  /** P_7 and P_11A of the rows, in order; the StanPrzed rows first of each pair. */
  rows: [string, string, boolean][];
};

const CASES: [keyof typeof CORRECTIONS, Expected][] = [
  // Before 569,00 + 409,00 = 978,00 € (VAT 182,88); after 878,00 € (VAT 164,18): −100,00 €, VAT −18,70 €.
  // PLN: 164,18 € → 695,89 zł, 182,88 € → 775,16 zł: −79,27 zł.
  [
    'partialEur',
    {
      ksef: KSEF_NUMBER,
      P_15: '-100.00',
      P_13_1: '-81.30',
      P_14_1: '-18.70',
      P_14_1W: '-79.27',
      rows: [
        ['Egzamin — Kuba', '100.00', true],
        ['Egzamin — Kuba', '0.00', false],
      ],
    },
  ],
  // 348,00 zł (VAT 65,07) to zero.
  [
    'wholePln',
    {
      ksef: null,
      P_15: '-348.00',
      P_13_1: '-282.93',
      P_14_1: '-65.07',
      rows: [
        ['Kurs „Księgowość”', '99.00', true],
        ['Kurs „Księgowość”', '0.00', false],
        ['Excel w biurze', '249.00', true],
        ['Excel w biurze', '0.00', false],
      ],
    },
  ],
];

describe('buildCorrectionXml', () => {
  it.each(CASES)('%s: a valid KOR with the differences and the changed lines', async (name, e) => {
    const s: CorrectionSnapshot = CORRECTIONS[name];
    const xml = buildCorrectionXml(s, meta(e.ksef));
    expect(await validateAgainstSchema(xml)).toEqual({ valid: true });
    const x = readXml(xml);

    expect(x.one('RodzajFaktury')).toBe('KOR');
    expect(x.one('PrzyczynaKorekty')).toBe(s.reason);
    expect(x.one('TypKorekty')).toBe('2');
    expect(x.one('P_2')).toBe(s.number);
    expect(x.one('P_1')).toBe('2026-03-20');
    expect(x.one('NrFaKorygowanej')).toBe(s.corrected.number);
    expect(x.one('DataWystFaKorygowanej')).toBe(s.corrected.issueDate.slice(0, 10));
    if (e.ksef)
      expect([x.one('NrKSeF'), x.one('NrKSeFFaKorygowanej'), x.one('NrKSeFN')]).toEqual(['1', e.ksef, undefined]);
    else expect([x.one('NrKSeF'), x.one('NrKSeFFaKorygowanej'), x.one('NrKSeFN')]).toEqual([undefined, undefined, '1']);
    expect(x.one('P_6')).toBe(s.corrected.saleDate.slice(0, 10));

    expect(x.one('P_15')).toBe(e.P_15);
    expect(x.one('P_13_1')).toBe(e.P_13_1);
    expect(x.one('P_14_1')).toBe(e.P_14_1);
    expect(x.one('P_14_1W')).toBe(e.P_14_1W);
    expect(x.rows.map((r) => [r('P_7'), r('P_11A'), r('StanPrzed') === '1'])).toEqual(e.rows);
    expect(x.rows.map((r) => r('NrWierszaFa'))).toEqual(e.rows.map((_, i) => String(i + 1)));

    // The differences of the totals the PDF computes for each side.
    const before = invoiceTotals(s.before);
    const after = invoiceTotals(s.after);
    expect(x.one('P_15')).toBe(money(after.gross - before.gross));
    expect(x.one('P_13_1')).toBe(money(after.byRate[0].net - before.byRate[0].net));
    expect(x.one('P_14_1')).toBe(money(after.byRate[0].vat - before.byRate[0].vat));
    if (s.plnRate)
      expect(x.one('P_14_1W')).toBe(
        money(toPln(after.byRate[0].vat, s.plnRate) - toPln(before.byRate[0].vat, s.plnRate)),
      );
    expect(x.all('Platnosc')).toEqual([]);
  });

  it('states the reduced line after the correction with the refund in its discount', () => {
    const x = readXml(buildCorrectionXml(CORRECTIONS.partialEur, meta(KSEF_NUMBER)));
    expect(x.rows.map((r) => [r('P_9B'), r('P_10'), r('KursWaluty'), r('P_12')])).toEqual([
      ['100.00', undefined, '4.2386', '23'],
      ['100.00', '100.00', '4.2386', '23'],
    ]);
    expect(x.one('KodWaluty')).toBe('EUR');
  });

  it('falls back to the KSeF number frozen in the snapshot, and checks its form', () => {
    const s = { ...CORRECTIONS.wholePln, corrected: { ...CORRECTIONS.wholePln.corrected, ksefNumber: KSEF_NUMBER } };
    expect(readXml(buildCorrectionXml(s, meta(null))).one('NrKSeFFaKorygowanej')).toBe(KSEF_NUMBER);
    expect(() => buildCorrectionXml(CORRECTIONS.wholePln, meta('FV/2026/000100'))).toThrow(/not a KSeF number/);
  });

  it('corrects a second time from where the first left the lines', async () => {
    // The first correction took the exam; this one takes 100,00 € more off Kuba's package.
    const first = CORRECTIONS.partialEur;
    const second: CorrectionSnapshot = {
      ...first,
      number: 'FK/2026/000003',
      before: first.after,
      after: first.after.map((l, i) => (i === 0 ? { ...l, discountGross: 33_000 } : l)),
    };
    const xml = buildCorrectionXml(second, meta(KSEF_NUMBER));
    expect(await validateAgainstSchema(xml)).toEqual({ valid: true });
    const x = readXml(xml);
    expect(x.one('NrFaKorygowanej')).toBe('FV/2026/000123');
    expect(x.rows.map((r) => [r('P_10'), r('P_11A'), r('StanPrzed')])).toEqual([
      ['230.00', '469.00', '1'],
      ['330.00', '369.00', undefined],
    ]);
    expect(x.one('P_15')).toBe('-100.00');
  });

  it('is deterministic', () => {
    const s = CORRECTIONS.partialEur;
    expect(buildCorrectionXml(JSON.parse(JSON.stringify(s)) as CorrectionSnapshot, meta(null))).toBe(
      buildCorrectionXml(s, meta(null)),
    );
  });

  it('refuses a correction that changes nothing, is not numbered, or whose lines do not pair up', () => {
    const s = CORRECTIONS.wholePln;
    expect(() => buildCorrectionXml({ ...s, after: s.before }, meta(null))).toThrow(/changes no line/);
    expect(() => buildCorrectionXml({ ...s, number: null }, meta(null))).toThrow(Fa3InputError);
    expect(() => buildCorrectionXml({ ...s, after: s.after.slice(1) }, meta(null))).toThrow(/do not pair up/);
    expect(() => buildCorrectionXml({ ...s, reason: 'x'.repeat(257) }, meta(null))).toThrow(/PrzyczynaKorekty/);
  });
});
