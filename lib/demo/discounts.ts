// Demo discounts for the billing demo (lib/demo/billing.ts calls this once its contracts exist): three
// codes — one valid, one expired, one used up — and one sibling declaration waiting in /panel/rabaty.
// Idempotent: codes are upserted by their code, the declaration and the use are written once.
import type { Db, Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { repriceContract } from '@/lib/billing/discounts/reprice';

const DAY = 86_400_000;

export const DEMO_CODES = { valid: 'WITAJ10', expired: 'LATO2025', usedUp: 'PIERWSZE50' } as const;

/**
 * `contracts.sibling`: the contract (an id) that gets a PENDING sibling declaration (a live or
 * centre one); `contracts.usedUp`: the contract whose use of the one-use code PIERWSZE50 uses it up.
 */
export async function seedDiscountDemo(
  db: Db | Tx,
  { contracts, now = currentTime() }: { contracts: { sibling?: string; usedUp?: string }; now?: Date },
): Promise<void> {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const codes = [
    {
      code: DEMO_CODES.valid,
      kind: 'PERCENT' as const,
      value: 1000,
      currency: null,
      validFrom: at(-30),
      validTo: at(335),
      maxUses: 100,
    },
    {
      code: DEMO_CODES.expired,
      kind: 'PERCENT' as const,
      value: 1500,
      currency: null,
      validFrom: at(-150),
      validTo: at(-60),
      maxUses: null,
    },
    {
      code: DEMO_CODES.usedUp,
      kind: 'AMOUNT' as const,
      value: 5000,
      currency: 'PLN',
      validFrom: at(-60),
      validTo: at(300),
      maxUses: 1,
    },
  ];
  const ids: Record<string, string> = {};
  for (const c of codes) {
    const row = await db.discountCode.upsert({ where: { code: c.code }, create: c, update: {}, select: { id: true } });
    ids[c.code] = row.id;
  }
  const { sibling, usedUp } = contracts;
  if (usedUp && (await db.contractDiscount.count({ where: { codeId: ids[DEMO_CODES.usedUp] } })) === 0) {
    await db.contractDiscount.create({
      data: {
        contractId: usedUp,
        type: 'CODE',
        codeId: ids[DEMO_CODES.usedUp],
        kind: 'AMOUNT',
        value: 5000,
        total: 5000,
        status: 'ACCEPTED',
        declared: { code: DEMO_CODES.usedUp },
      },
    });
    await repriceContract(db, usedUp, { now, topUpLabel: 'Dopłata' });
  }
  if (sibling && (await db.contractDiscount.count({ where: { contractId: sibling, type: 'SIBLING' } })) === 0) {
    const contract = await db.contract.findUniqueOrThrow({
      where: { id: sibling },
      select: { charges: { select: { amount: true, kind: true } } },
    });
    const base = contract.charges
      .filter((c) => c.kind === 'PERIOD' || c.kind === 'INSTALMENT')
      .reduce((a, c) => a + c.amount, 0);
    await db.contractDiscount.create({
      data: {
        contractId: sibling,
        type: 'SIBLING',
        kind: 'PERCENT',
        value: 1000,
        total: Math.round(base / 10),
        status: 'PENDING',
        declared: { name: 'Staś Kowalski', contract: null },
      },
    });
    await repriceContract(db, sibling, { now, topUpLabel: 'Dopłata' });
  }
}
