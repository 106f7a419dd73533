// §5.3 re-evaluated when the set of paid Standard packages changes: a leaving full-price child
// moves the full price onto a remaining sibling, and a repurchase never double-counts.
import { describe, expect, it } from 'vitest';
import { decideSiblingDiscount, reevaluateSiblingDiscount } from '@/lib/families/rules/sibling-discount';
import { priceOrder } from '@/lib/families/rules/pricing';

const std = (discounted: boolean) => ({ package: 'STANDARD' as const, discounted });

describe('sibling discount re-evaluation when a paid package leaves', () => {
  it.each([
    // what leaves, what remains, repaid, months, refund → loss, refund after
    ['full-price child withdraws, one discounted sibling stays', [std(true)], 0, 10, 69900, 23000, 46900],
    ['discounted child withdraws, full-price sibling stays', [std(false)], 0, 10, 46900, 0, 46900],
    ['full-price child withdraws, two discounted siblings stay', [std(true), std(true)], 0, 10, 69900, 23000, 46900],
    ['full-price child resigns with 8 of 10 months left', [std(true)], 0, 8, 55920, 18400, 37520],
    ['the discount was already paid back earlier', [std(true)], 1, 10, 69900, 0, 69900],
    ['the sibling who paid the discount back leaves too: it comes back', [], 1, 10, 46900, -23000, 69900],
    ['… pro rata when resigning with 5 months left', [], 1, 5, 23450, -11500, 34950],
    ['the other one of two discounted siblings leaves after a pay-back', [std(true)], 1, 10, 46900, 0, 46900],
    [
      'a Mini sibling never carried a discount',
      [{ package: 'MINI' as const, discounted: false }],
      0,
      10,
      69900,
      0,
      69900,
    ],
    ['never more than the refund', [std(true)], 0, 10, 10000, 10000, 0],
    ['nothing left to refund', [std(true)], 0, 0, 0, 0, 0],
  ])('%s', (_, remaining, discountsRepaid, months, refundMinor, lossMinor, refundAfterMinor) => {
    const withheldMinor = discountsRepaid * 23000;
    const r = reevaluateSiblingDiscount({
      currency: 'EUR',
      remaining,
      discountsRepaid,
      withheldMinor,
      months,
      refundMinor,
    });
    expect(r).toMatchObject({ lossMinor, refundAfterMinor });
    expect(r.lossMinor + r.refundAfterMinor).toBe(refundMinor);
  });

  it.each([
    ['PLN', 100000],
    ['GBP', 21000],
    ['EUR', 23000],
    ['USD', 28000],
  ] as const)('moves the full %s discount on a withdrawal', (currency, loss) => {
    const r = reevaluateSiblingDiscount({
      currency,
      remaining: [std(true)],
      discountsRepaid: 0,
      withheldMinor: 0,
      months: 10,
      refundMinor: 500000,
    });
    expect(r).toEqual({ lostDiscounts: 1, lossMinor: loss, refundAfterMinor: 500000 - loss });
  });
});

describe('a discount handed back is capped at what was actually withheld', () => {
  it.each([
    // withheld earlier, months left now, the leaving child's refund → hand-back (negative loss)
    ['withheld for 8 months (a resignation), handed back on a withdrawal: 184 €, not 230 €', 18400, 10, 46900, -18400],
    ['withheld for the whole year, handed back on a withdrawal: 230 €', 23000, 10, 46900, -23000],
    ['withheld for 8 months, handed back for the 6 left: the months price it lower, 138 €', 18400, 6, 28140, -13800],
    ['withheld only 100 € (the refund was smaller than the loss): 100 € back', 10000, 10, 46900, -10000],
    ['nothing withheld (the loss was 0): nothing back', 0, 10, 46900, 0],
  ])('%s', (_, withheldMinor, months, refundMinor, lossMinor) => {
    const r = reevaluateSiblingDiscount({
      currency: 'EUR',
      remaining: [],
      discountsRepaid: 1,
      withheldMinor,
      months,
      refundMinor,
    });
    expect(r.lossMinor).toBe(lossMinor);
    expect(r.refundAfterMinor).toBe(refundMinor - lossMinor);
  });
});

describe('sibling discount on a repurchase', () => {
  it.each([
    // paid siblings, discounts they hold → discounted children among the new ones
    ['the paid sibling pays in full', ['STANDARD'], 0, 1],
    ['the paid sibling is discounted and its full-price sibling left', ['STANDARD'], 1, 0],
    ['two paid, one full price', ['STANDARD', 'STANDARD'], 1, 1],
    ['two paid, both discounted', ['STANDARD', 'STANDARD'], 2, 0],
  ] as const)('%s', (_, paid, held, discounted) => {
    const d = decideSiblingDiscount(['STANDARD'], false, paid, held);
    expect(d.applies ? d.discountedChildren : 0).toBe(discounted);
  });

  it('the withdrawn full-price child bought again pays the full price: 699 € + 469 €', () => {
    const r = priceOrder({
      currency: 'EUR',
      schoolYear: { startYear: 2026 },
      children: [{ childId: 'a', birthYear: 2016, package: 'STANDARD' }],
      paidSiblings: ['STANDARD'],
      siblingDiscountsHeld: 1,
    });
    expect(r.ok && r.totalMinor).toBe(69900);
    expect(r.ok && r.siblingDiscount.code).toBe('NO_FULL_PRICE_SIBLING');
  });

  it('buying two children while the paid one holds a discount discounts only one of them', () => {
    const r = priceOrder({
      currency: 'EUR',
      schoolYear: { startYear: 2026 },
      children: [
        { childId: 'a', birthYear: 2016, package: 'STANDARD' },
        { childId: 'c', birthYear: 2015, package: 'STANDARD' },
      ],
      paidSiblings: ['STANDARD'],
      siblingDiscountsHeld: 1,
    });
    expect(r.ok && r.lines.map((l) => [l.childId, l.kind, l.amountMinor])).toEqual([
      ['a', 'PACKAGE', 69900],
      ['c', 'PACKAGE', 69900],
      ['c', 'SIBLING_DISCOUNT', -23000],
    ]);
  });
});

describe('a payment never takes a discount from an unpaid sibling order (lib/settlement/family-activation.ts)', () => {
  // Every family state the rule allows: P paid Standard packages holding H discounts (at most
  // P − 1), two unpaid Standard orders of k1 and k2 children priced against it. Paying the second
  // adds k2 Standard packages and d2 discounts; the first order's discounts never go down, so
  // only a package leaving (lib/settlement/family-cancellations.ts) needs the re-check.
  const states = [0, 1, 2, 3].flatMap((paid) =>
    Array.from({ length: Math.max(1, paid) }, (_, held) =>
      [1, 2, 3].flatMap((k1) => [1, 2, 3].map((k2) => [paid, held, k1, k2] as const)),
    ).flat(),
  );
  const standard = (n: number) => Array.from({ length: n }, () => 'STANDARD' as const);
  const discounts = (k: number, paid: number, held: number) => {
    const d = decideSiblingDiscount(standard(k), false, standard(paid), held);
    return d.applies ? d.discountedChildren : 0;
  };

  it.each(states)('%i paid holding %i, orders of %i and %i children', (paid, held, k1, k2) => {
    const before = discounts(k1, paid, held);
    const d2 = discounts(k2, paid, held);
    expect(discounts(k1, paid + k2, held + d2)).toBeGreaterThanOrEqual(before);
  });
});
