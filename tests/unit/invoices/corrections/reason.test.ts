// The reason a correcting invoice gives (PrzyczynaKorekty), from what the refund was for.
import { describe, expect, it } from 'vitest';
import type { Tx } from '@/lib/db/client';
import { correctionReason } from '@/lib/invoices/corrections/reason';

/** Only the two reads the reason makes: a family cancellation by id, a complaint on the order. */
function fakeTx(cancellation: { id: string; kind: string } | null, complaint: { number: string } | null): Tx {
  return {
    familyCancellation: {
      findUnique: async ({ where }: { where: { id: string } }) => (cancellation?.id === where.id ? cancellation : null),
    },
    complaint: { findFirst: async () => complaint },
  } as unknown as Tx;
}

const refund = (extRefundId: string, description = 'Zwrot na prośbę klienta') => ({
  orderId: 'o1',
  extRefundId,
  description,
  createdAt: new Date('2026-12-01T10:00:00Z'),
});

describe('correctionReason', () => {
  it.each([
    [
      'a withdrawal (ODST-…)',
      refund('ODST-o1'),
      null,
      null,
      true,
      'Zwrot całości ceny — odstąpienie od umowy (art. 27 ustawy o prawach konsumenta)',
    ],
    [
      'a family withdrawal',
      refund('ZW-c1-o1', 'Odstąpienie od umowy: Ola'),
      { id: 'c1', kind: 'WITHDRAWAL' },
      null,
      false,
      'Zwrot części ceny — odstąpienie od umowy (art. 27 ustawy o prawach konsumenta)',
    ],
    [
      'a family resignation',
      refund('ZW-c1-o1', 'Rezygnacja: Ola'),
      { id: 'c1', kind: 'RESIGNATION' },
      null,
      false,
      'Zwrot części ceny — rezygnacja z pakietu (Rezygnacja: Ola)',
    ],
    [
      'a staff refund after a complaint',
      refund('ZW-a1b2c3d4e5f6a7b8', 'Wadliwe nagrania'),
      null,
      { number: 'REK-20261130-7KQ3' },
      false,
      'Zwrot części ceny — reklamacja REK-20261130-7KQ3: Wadliwe nagrania',
    ],
    ['a staff refund', refund('ZW-a1b2c3d4e5f6a7b8', 'Rabat'), null, null, false, 'Zwrot części ceny — Rabat'],
    [
      'a staff key that looks like a cancellation’s but is not one',
      refund('ZW-a1b2c3-d4e5f6a7b8', 'Rabat'),
      null,
      null,
      true,
      'Zwrot całości ceny — Rabat',
    ],
  ] as const)('%s', async (_, r, cancellation, complaint, whole, expected) => {
    expect(await correctionReason(fakeTx(cancellation, complaint), r, whole)).toBe(expected);
  });

  it('stays within the 256 characters of FA(3)’s PrzyczynaKorekty', async () => {
    const reason = await correctionReason(fakeTx(null, null), refund('ZW-x', 'a'.repeat(300)), false);
    expect(reason).toHaveLength(256);
  });
});
