// The invoice lines builder: each product, add-on and discount on its own line, the unit a
// service's, and the lines adding up to exactly what the order's items cost.
import { describe, expect, it } from 'vitest';
import { invoiceLines, type SnapshotItem } from '@/lib/invoices/lines';
import { invoiceTotals } from '@/lib/invoices/tax/vat';

const family = (title: string, lines: { kind: string; description: string; amountMinor: number }[]): SnapshotItem => {
  const total = lines.reduce((s, l) => s + l.amountMinor, 0);
  return {
    name: `${title}; …`,
    quantity: 1,
    unitGross: total,
    vatRate: 23,
    totalGross: total,
    kind: 'FAMILY_PACKAGE',
    details: { title, childName: title.split(' — ')[1], lines },
  };
};

const standardOla = family('Pakiet Standard 2026/2027 — Ola Kowalska', [
  { kind: 'PACKAGE', description: 'Pakiet Standard', amountMinor: 299_900 },
  { kind: 'EXAM', description: 'Egzamin: matematyka (w cenie pakietu)', amountMinor: 0 },
  { kind: 'POLISH_LESSONS', description: 'Lekcje: 5 lekcji', amountMinor: 44_900 },
]);
const standardKubaEur = family('Pakiet Standard 2026/2027 — Kuba Kowalski', [
  { kind: 'PACKAGE', description: 'Pakiet Standard', amountMinor: 69_900 },
  { kind: 'SIBLING_DISCOUNT', description: 'Rabat dla rodzeństwa', amountMinor: -23_000 },
]);
const standardOlaEur = family('Pakiet Standard 2026/2027 — Ola Kowalska', [
  { kind: 'PACKAGE', description: 'Pakiet Standard', amountMinor: 69_900 },
  { kind: 'EXAM', description: 'Egzamin: fizyka', amountMinor: 2_350 },
]);
const course: SnapshotItem = {
  name: 'Kurs „Excel od podstaw” — dostęp indywidualny',
  quantity: 2,
  unitGross: 19_900,
  vatRate: 23,
  totalGross: 39_800,
};
const group: SnapshotItem = {
  name: 'Kurs „RODO w firmie” — pakiet 100 kont',
  quantity: 1,
  seats: 100,
  unitGross: 239_920,
  vatRate: 23,
  totalGross: 239_920,
};

type Row = [string, SnapshotItem[], [string, number, number, number][], number];

describe('invoiceLines', () => {
  it.each<Row>([
    [
      'a package with add-ons: one line each, the included exam at 0',
      [standardOla],
      [
        ['Pakiet Standard 2026/2027 — Ola Kowalska', 1, 299_900, 0],
        ['Egzamin: matematyka (w cenie pakietu) — Ola Kowalska', 1, 0, 0],
        ['Lekcje: 5 lekcji — Ola Kowalska', 1, 44_900, 0],
      ],
      344_800,
    ],
    [
      'two children in EUR: the sibling discount on the second package line',
      [standardOlaEur, standardKubaEur],
      [
        ['Pakiet Standard 2026/2027 — Ola Kowalska', 1, 69_900, 0],
        ['Egzamin: fizyka — Ola Kowalska', 1, 2_350, 0],
        ['Pakiet Standard 2026/2027 — Kuba Kowalski', 1, 69_900, 23_000],
      ],
      119_150,
    ],
    ['a course bought twice', [course], [[course.name, 2, 19_900, 0]], 39_800],
    ['a group package: one service for its accounts', [group], [[group.name, 1, 239_920, 0]], 239_920],
  ])('%s', (_, items, expected, total) => {
    const lines = invoiceLines(items);
    expect(lines.map((l) => [l.name, l.quantity, l.unitGross, l.discountGross ?? 0])).toEqual(expected);
    expect(lines.every((l) => l.unit === 'usł.')).toBe(true);
    expect(invoiceTotals(lines).gross).toBe(total);
  });

  it('names the discount it shows', () => {
    const [line] = invoiceLines([standardKubaEur]);
    expect(line.discountLabel).toBe('Rabat dla rodzeństwa');
    const totals = invoiceTotals([line]);
    expect(totals.lines[0]).toMatchObject({ gross: 46_900, vat: 8_770, net: 38_130 });
  });

  it('keeps an older family item without a title as its stored name', () => {
    const { details, ...rest } = standardKubaEur;
    const old = {
      ...rest,
      name: 'Pakiet Standard 2026/2027 — Kuba Kowalski; Rabat dla rodzeństwa',
      details: { lines: details!.lines },
    };
    expect(invoiceLines([old])[0].name).toBe('Pakiet Standard 2026/2027 — Kuba Kowalski');
  });

  it('refuses lines that do not add up to the item', () => {
    expect(() => invoiceLines([{ ...course, totalGross: 39_801 }])).toThrow(/add up/);
  });
});
