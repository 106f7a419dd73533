// The discount rules: how discounts fall on a plan's charges (AK1: in proportion, remainder on the
// last, fees never), the continuation window and school year, the staff code form's refusals, and
// what the sign-up preview shows (Omnibus line for a public code only).
import { describe, expect, it } from 'vitest';
import {
  discountShares,
  effectFor,
  inWindow,
  schoolYearOf,
  CONTINUATION,
  SIBLING,
  type ChargeLine,
  type DiscountEffect,
} from '@/lib/billing/discounts/rules';
import type { BillingPlanKind } from '@/lib/db/generated/enums';
import { parseCodeForm, percentPoints } from '@/lib/billing/discounts/code-form';
import { describeCodeEffect, effectText } from '@/lib/billing/discounts/effect';

const line = (seq: number, amount: number, kind: ChargeLine['kind'] = 'INSTALMENT'): ChargeLine => ({
  id: `c${seq}`,
  seq,
  kind,
  amount,
});
const sharesOf = (m: Map<string, number>) => [...m.entries()].sort().map(([, v]) => v);

describe('discountShares', () => {
  it.each([
    // ten instalments of 333,33 zł (the last 333,30), 10 % → 333,33 zł spread, remainder on the last
    [
      'ten centre instalments, 10 %',
      'INSTALMENTS',
      [...Array(9)].map((_, i) => line(i + 1, 33333)).concat(line(10, 33330)),
      { kind: 'PERCENT', value: 1000 },
      333330 / 10,
    ],
    [
      'two instalments, 200 zł (AK1)',
      'INSTALMENTS',
      [line(1, 150000), line(2, 50000)],
      { kind: 'AMOUNT', value: 20000 },
      20000,
    ],
    ['full payment, 15 %', 'FULL', [line(1, 99999, 'PERIOD')], { kind: 'PERCENT', value: 1500 }, 15000],
  ] as [string, BillingPlanKind, ChargeLine[], DiscountEffect, number][])(
    '%s: the shares add up to the discount and follow the amounts',
    (_n, plan, charges, d, total) => {
      const shares = discountShares(plan, charges, [{ ...d, total }]);
      const got = charges.map((c) => shares.get(c.id)!);
      expect(got.reduce((a, b) => a + b, 0)).toBe(total);
      // proportional: each share floor(total × amount / sum), the remainder on the last
      const sum = charges.reduce((a, c) => a + c.amount, 0);
      charges.slice(0, -1).forEach((c, i) => expect(got[i]).toBe(Math.floor((total * c.amount) / sum)));
    },
  );

  it('never discounts a fee (the starter pack) and puts the remainder on the last instalment', () => {
    const charges = [line(1, 16900, 'FEE'), line(2, 10001), line(3, 10001), line(4, 10001)];
    const shares = discountShares('INSTALMENTS', charges, [{ kind: 'AMOUNT', value: 1000, total: 1000 }]);
    expect(sharesOf(shares)).toEqual([0, 333, 333, 334]);
  });

  it('MONTHLY: a percent on every period charge, an amount on the first one only', () => {
    const charges = [line(1, 19900, 'PERIOD'), line(2, 19900, 'PERIOD')];
    expect(sharesOf(discountShares('MONTHLY', charges, [{ kind: 'PERCENT', value: 1000, total: 1990 }]))).toEqual([
      1990, 1990,
    ]);
    expect(sharesOf(discountShares('MONTHLY', charges, [{ kind: 'AMOUNT', value: 5000, total: 5000 }]))).toEqual([
      5000, 0,
    ]);
  });

  it('a top-up or settlement charge is never part of the spread; a pinned discount lands whole on its charge', () => {
    const charges = [line(1, 10000), line(2, 10000), line(3, 500, 'TOP_UP')];
    const shares = discountShares('INSTALMENTS', charges, [
      { kind: 'PERCENT', value: 1000, total: 2000 },
      { kind: 'PERCENT', value: 1000, total: 900, chargeId: 'c2' },
    ]);
    expect(sharesOf(shares)).toEqual([1000, 1900, 0]);
  });

  it('no live discounts: every share is 0 (the full price)', () => {
    expect(sharesOf(discountShares('INSTALMENTS', [line(1, 100), line(2, 100)], []))).toEqual([0, 0]);
  });
});

describe('product tables and the continuation window', () => {
  it('looks an offer up by slug, then product; the family instalments get no sibling discount (§5.3)', () => {
    expect(effectFor(SIBLING, { slug: 'x', product: 'live' })).toEqual({ kind: 'PERCENT', value: 1000 });
    expect(effectFor(SIBLING, { slug: 'x', product: 'family' })).toBeNull();
  });

  it.each([
    ['2026-05-31', false],
    ['2026-06-01', true],
    ['2026-06-30', true],
    ['2026-07-01', false],
  ])('sign-up on %s is in the June window: %s', (day, inside) => {
    expect(inWindow(day, CONTINUATION.centre!.window)).toBe(inside);
  });

  it.each([
    ['2026-06-15', '2025-09-01', '2026-09-01'],
    ['2026-09-01', '2026-09-01', '2027-09-01'],
    ['2026-01-10', '2025-09-01', '2026-09-01'],
  ])('%s belongs to the school year from %s to before %s', (day, first, end) => {
    expect(schoolYearOf(day)).toEqual({ first, end });
  });
});

describe('the staff code form', () => {
  const good = { code: ' wiosna-10 ', kind: 'PERCENT', value: '10', validFrom: '2026-03-01', validTo: '2026-03-31' };

  it('stores the code upper-case, the percent in basis points and "valid to" inclusive', () => {
    const r = parseCodeForm(good);
    expect(r.ok && r.columns).toMatchObject({ code: 'WIOSNA-10', value: 1000, currency: null, maxUses: null });
    // 31 March inclusive = until Warsaw midnight starting 1 April (CEST: 22:00 UTC)
    expect(r.ok && r.columns.validTo.toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it.each([
    [{ code: 'a!' }, 'code', 'discounts.errors.codeFormat'],
    [{ validTo: '2026-02-28' }, 'validTo', 'discounts.errors.datesOrder'],
    [{ validFrom: '2026-02-30' }, 'validFrom', 'discounts.errors.dateFormat'],
    [{ value: '0' }, 'value', 'discounts.errors.percent'],
    [{ value: '101' }, 'value', 'discounts.errors.percent'],
    [{ kind: 'AMOUNT', value: '0', currency: 'PLN' }, 'value', 'discounts.errors.amount'],
    [{ kind: 'AMOUNT', value: '50', currency: 'XYZ' }, 'currency', 'discounts.errors.currency'],
    [{ maxUses: '-1' }, 'maxUses', 'discounts.errors.limit'],
    [{ products: 'centre, Zła!' }, 'products', 'discounts.errors.products'],
  ])('%o is refused beside %s', (change, field, code) => {
    const r = parseCodeForm({ ...good, ...change });
    expect(r.ok ? null : r.fields[field]).toBe(code);
  });

  it.each([
    ['10', 1000],
    ['12,5', 1250],
    ['100', 10000],
    ['0,5', null],
    ['abc', null],
  ])('percent %s → %s basis points', (raw, bp) => expect(percentPoints(raw)).toBe(bp));
});

describe('the sign-up preview of a discount', () => {
  const offer = { planKind: 'INSTALMENTS' as const, amount: 300000, currency: 'PLN' };
  const schedule = [
    { kind: 'FEE' as const, amount: 16900 },
    { kind: 'INSTALMENT' as const, amount: 150000 },
    { kind: 'INSTALMENT' as const, amount: 150000 },
  ];

  it('a public code shows its effect spread over the instalments and the 30-day lowest price (Omnibus)', () => {
    const e = describeCodeEffect({ type: 'CODE', kind: 'PERCENT', value: 1000 }, offer, schedule);
    expect(e.perCharge).toEqual([0, 15000, 15000]);
    expect(e.total).toBe(30000);
    expect(e.text).toBe('−10 % (razem 300,00\u00a0zł)');
    expect(e.lowestPrice).toBe('Najniższa cena z 30 dni przed obniżką: 3000,00\u00a0zł');
  });

  it('a conditional discount (Akcja Kontynuacja) has no Omnibus line', () => {
    expect(
      describeCodeEffect({ type: 'CONTINUATION', kind: 'AMOUNT', value: 20000 }, offer, schedule).lowestPrice,
    ).toBeNull();
  });

  it.each([
    [{ kind: 'PERCENT' as const, value: 1250 }, '−12,5 %'],
    [{ kind: 'AMOUNT' as const, value: 5000, currency: 'PLN' }, '−50,00\u00a0zł'],
  ])('%o reads %s', (e, text) => expect(effectText(e)).toBe(text));

  it('reads a percent the English way in English', () => {
    expect(effectText({ kind: 'PERCENT', value: 1250 }, 'en')).toBe('−12.5%');
    expect(describeCodeEffect({ type: 'CODE', kind: 'PERCENT', value: 1000 }, offer, schedule, 'en').text).toMatch(
      /^−10% /,
    );
  });
});
