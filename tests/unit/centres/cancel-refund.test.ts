import { describe, expect, it } from 'vitest';
import { groupCancelRefund } from '@/lib/centres/cancel/refund';

const ch = (amount: number, status: string, refundable = true, discount = 0) => ({
  id: `${amount}-${status}`,
  label: 'Rata',
  amount,
  discount,
  status,
  refundable,
});
const pack = ch(16_900, 'PAID', false);

describe('groupCancelRefund: paid less the classes held at the year price, pack kept', () => {
  it.each([
    // yearly 3200 zł paid, 8 of 32 held: 3200 − 800 = 2400 back
    {
      name: 'yearly, paid, a quarter held',
      charges: [pack, ch(320_000, 'PAID')],
      held: 8,
      classes: 32,
      refund: 240_000,
    },
    // ten instalments of 340, 3 paid (1020), 8 of 32 held (3400 × 8/32 = 850): 170 back
    {
      name: 'ten instalments, 3 paid',
      charges: [
        pack,
        ...[1, 2, 3].map(() => ch(34_000, 'PAID')),
        ...Array.from({ length: 7 }, () => ch(34_000, 'OPEN')),
      ],
      held: 8,
      classes: 32,
      refund: 17_000,
    },
    {
      name: 'paid less than held: nothing back, nothing owed',
      charges: [ch(34_000, 'PAID'), ch(306_000, 'OPEN')],
      held: 16,
      classes: 32,
      refund: 0,
    },
    {
      name: 'nothing held: everything paid back but the pack',
      charges: [pack, ch(320_000, 'PAID')],
      held: 0,
      classes: 32,
      refund: 320_000,
    },
    {
      name: 'discount counts as not paid',
      charges: [ch(320_000, 'PAID', true, 32_000)],
      held: 0,
      classes: 32,
      refund: 288_000,
    },
    { name: 'rounding once over the year', charges: [ch(100_000, 'PAID')], held: 1, classes: 3, refund: 66_667 },
    {
      name: 'cancelled charges are out',
      charges: [ch(100_000, 'PAID'), ch(50_000, 'CANCELLED')],
      held: 5,
      classes: 10,
      refund: 50_000,
    },
  ])('$name', ({ charges, held, classes, refund }) => {
    expect(groupCancelRefund({ charges, held, classes }).refund).toBe(refund);
  });
});
