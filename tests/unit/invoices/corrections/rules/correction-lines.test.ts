// The lines a correcting invoice prints after a refund: the refund shared over the refunded
// items' lines by the largest-remainder method, exact to the grosz, never below zero.
import { describe, expect, it } from 'vitest';
import { correctionLines, lineValue, type StandingLine } from '@/lib/invoices/corrections/rules/correction-lines';
import { standingLines } from '@/lib/invoices/corrections/rules/standing-lines';
import type { SnapshotItem } from '@/lib/invoices/lines';
import type { InvoiceLine } from '@/lib/invoices/pdf';

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
// Ola: package + an exam included at 0 + lessons (add-ons); Kuba: package with the sibling discount.
const ola = family('Pakiet Standard 2026/2027 — Ola Kowalska', [
  { kind: 'PACKAGE', description: 'Pakiet Standard', amountMinor: 299_900 },
  { kind: 'EXAM', description: 'Egzamin: matematyka (w cenie pakietu)', amountMinor: 0 },
  { kind: 'POLISH_LESSONS', description: 'Lekcje: 5 lekcji', amountMinor: 44_900 },
]);
const kuba = family('Pakiet Standard 2026/2027 — Kuba Kowalski', [
  { kind: 'PACKAGE', description: 'Pakiet Standard', amountMinor: 299_900 },
  { kind: 'SIBLING_DISCOUNT', description: 'Rabat dla rodzeństwa', amountMinor: -100_000 },
]);
const course: SnapshotItem = {
  name: 'Kurs „Excel od podstaw”',
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

const lines = (items: SnapshotItem[], ids: string[], earlier: InvoiceLine[][] = []) =>
  standingLines({ items }, ids, earlier);
const discounts = (ls: readonly InvoiceLine[]) => ls.map((l) => l.discountGross ?? 0);
function corrected(standing: StandingLine[], amount: number, itemIds: string[] = []) {
  const r = correctionLines(standing, { amount, itemIds });
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.after;
}

type Row = [string, StandingLine[], number, string[], number[]];

describe('correctionLines', () => {
  it.each<Row>([
    [
      'a course bought twice, part refunded: one line, a larger discount',
      lines([course], ['c']),
      10_000,
      ['c'],
      [10_000],
    ],
    [
      'a package with add-ons: shared by value, the 0 exam untouched, the odd grosz to the largest fraction',
      lines([ola], ['o']),
      100_000,
      ['o'],
      [86_978, 0, 13_022],
    ],
    [
      'a family order, the discounted sibling refunded: only his line, on top of the sibling discount',
      lines([ola, kuba], ['o', 'k']),
      150_000,
      ['k'],
      [0, 0, 0, 250_000],
    ],
    [
      'a family order, the sibling refunded whole: his line to zero, the other child untouched',
      lines([ola, kuba], ['o', 'k']),
      199_900,
      ['k'],
      [0, 0, 0, 299_900],
    ],
    ['a group package: one line for its accounts', lines([group], ['g']), 50_000, ['g'], [50_000]],
    ['no items named: every line by its value', lines([course, group], ['c', 'g']), 10_000, [], [1_423, 8_577]],
    [
      'items named that the invoice does not have: every line',
      lines([course, group], ['c', 'g']),
      10_000,
      ['x'],
      [1_423, 8_577],
    ],
    [
      'more than the named item has left: it goes to zero, the rest off the other lines',
      lines([course, group], ['c', 'g']),
      50_000,
      ['c'],
      [39_800, 10_200],
    ],
    [
      'the whole invoice refunded: every line to zero',
      lines([ola, kuba], ['o', 'k']),
      544_700,
      ['k'],
      [299_900, 0, 44_900, 299_900],
    ],
    ['one grosz over equal lines: to the first', lines([course, course, course], ['a', 'b', 'c']), 1, [], [1, 0, 0]],
    [
      'a second correction after a first: from what the first left',
      lines([ola], ['o'], [[...corrected(lines([ola], ['o']), 100_000)]]),
      30_000,
      [],
      [86_978 + 26_093, 0, 13_022 + 3_907],
    ],
  ])('%s', (_, standing, amount, itemIds, expected) => {
    const after = corrected(standing, amount, itemIds);
    expect(discounts(after)).toEqual(expected);
    // Index for index: only the discount changes; the refund comes off exactly; nothing below zero.
    expect(after.map((l) => [l.name, l.unitGross, l.quantity])).toEqual(
      standing.map((s) => [s.line.name, s.line.unitGross, s.line.quantity]),
    );
    const before = standing.reduce((s, l) => s + lineValue(l.line), 0);
    expect(before - after.reduce((s, l) => s + lineValue(l), 0)).toBe(amount);
    expect(after.every((l) => lineValue(l) >= 0)).toBe(true);
  });

  it.each([
    ['more than the invoice has left', lines([course], ['c']), 39_801, 'exceedsRemaining', 39_800],
    [
      'more than a first correction left',
      lines([course], ['c'], [corrected(lines([course], ['c']), 30_000)]),
      9_801,
      'exceedsRemaining',
      9_800,
    ],
    ['nothing', lines([course], ['c']), 0, 'invalidAmount', 39_800],
    ['a fraction of a grosz', lines([course], ['c']), 0.5, 'invalidAmount', 39_800],
  ] as const)('refuses a refund of %s', (_, standing, amount, reason, remaining) => {
    expect(correctionLines(standing, { amount, itemIds: [] })).toEqual({ ok: false, reason, remaining });
  });

  it('keeps the sibling discount label on the reduced line', () => {
    const after = corrected(lines([kuba], ['k']), 1_000);
    expect(after[0]).toMatchObject({ discountGross: 101_000, discountLabel: 'Rabat dla rodzeństwa' });
  });
});

describe('standingLines', () => {
  it('ties each line to its item and takes the largest discount any earlier correction gave', () => {
    const first = corrected(lines([ola, course], ['o', 'c']), 20_000, ['c']);
    const second = corrected(lines([ola, course], ['o', 'c'], [first]), 5_000, ['o']);
    const standing = lines([ola, course], ['o', 'c'], [second, first]);
    expect(standing.map((s) => s.itemId)).toEqual(['o', 'o', 'o', 'c']);
    expect(discounts(standing.map((s) => s.line))).toEqual(discounts(second));
  });

  it('reads the one-line-per-item snapshots of older invoices', () => {
    const old = { lines: [{ name: 'Kurs', quantity: 1, unitGross: 10_000, vatRate: 23, unit: 'usł.' }] };
    expect(standingLines(old, ['i1'], [])).toEqual([{ line: old.lines[0], itemId: 'i1' }]);
  });

  it('refuses an earlier correction whose lines are not the invoice’s', () => {
    const other = corrected(lines([group], ['g']), 1_000);
    expect(() => lines([course], ['c'], [other])).toThrow(/does not have the lines/);
  });
});
