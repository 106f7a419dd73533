import { describe, expect, it } from 'vitest';
import { discountCharges, periodChargeDiscount } from '@/lib/billing/contracts/discounts';

describe('a plan’s discounts on its charges', () => {
  it('instalments: computed on the total, spread in proportion, never on the starter pack (AK1, S6)', () => {
    const charges = [
      { kind: 'INSTALMENT' as const, amount: 160000 },
      { kind: 'FEE' as const, amount: 16900 },
      { kind: 'INSTALMENT' as const, amount: 160001 },
    ];
    const { perCharge, totals } = discountCharges('INSTALMENTS', charges, [{ kind: 'PERCENT', value: 1000 }]);
    expect(perCharge).toEqual([15999, 0, 16001]);
    expect(totals).toEqual([32000]);
    const amount = discountCharges('INSTALMENTS', charges, [{ kind: 'AMOUNT', value: 20001 }]);
    expect(amount.perCharge).toEqual([10000, 0, 10001]);
  });

  it('monthly: a percent on every period charge, an amount on the first only', () => {
    const { perCharge, totals } = discountCharges(
      'MONTHLY',
      [{ kind: 'PERIOD', amount: 20000 }],
      [
        { kind: 'AMOUNT', value: 5000 },
        { kind: 'PERCENT', value: 1000 },
      ],
    );
    expect(perCharge).toEqual([6500]);
    expect(totals).toEqual([5000, 1500]);
    expect(
      periodChargeDiscount(20000, [
        { kind: 'AMOUNT', value: 5000 },
        { kind: 'PERCENT', value: 1000 },
      ]),
    ).toBe(2000);
  });

  it('never takes more than a charge is worth', () => {
    const { perCharge } = discountCharges(
      'FULL',
      [{ kind: 'PERIOD', amount: 10000 }],
      [{ kind: 'AMOUNT', value: 50000 }],
    );
    expect(perCharge).toEqual([10000]);
  });
});
