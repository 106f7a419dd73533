// Each refusal of a promotional code at sign-up, with its Polish message, on a stand-in for the
// transaction (the row lock and the use counts are pinned on PostgreSQL in the integration test).
import { describe, expect, it } from 'vitest';
import type { Tx } from '@/lib/db/client';
import type { DiscountKind } from '@/lib/db/generated/enums';
import { checkCode } from '@/lib/billing/discounts/codes';

const now = new Date('2026-06-10T10:00:00Z');
const base = {
  id: 'code1',
  code: 'WITAJ10',
  kind: 'PERCENT' as DiscountKind,
  value: 1000,
  currency: null as string | null,
  validFrom: new Date('2026-06-01T00:00:00Z'),
  validTo: new Date('2026-07-01T00:00:00Z'),
  maxUses: 10 as number | null,
  maxUsesPerPayer: 1 as number | null,
  products: [] as string[],
  combinable: false,
  active: true,
};
const offer = { id: 'o1', slug: 'centrum-ursynow', product: 'centre', currency: 'PLN', amount: 300000 };

/** A transaction answering for one code with `uses` uses in all, `mine` of them by the payer. */
function fakeTx(row: typeof base | null, uses = 0, mine = 0): Tx {
  return {
    $queryRaw: async () => (row ? [{ id: row.id }] : []),
    discountCode: { findUnique: async () => row },
    contractDiscount: {
      count: async ({ where }: { where: { contract?: unknown } }) => (where.contract ? mine : uses),
    },
  } as unknown as Tx;
}

const check = (row: typeof base | null, o: { code?: string; uses?: number; mine?: number; others?: string[] } = {}) =>
  checkCode(fakeTx(row, o.uses, o.mine), {
    code: o.code ?? 'witaj10',
    offer,
    payerId: 'p1',
    now,
    otherDiscounts: (o.others ?? []).map((type) => ({ type: type as 'SIBLING' })),
  });

describe('checkCode', () => {
  it('accepts a valid code typed in any case, as an ACCEPTED draft naming the code', async () => {
    expect(await check(base, { code: '  Witaj10 ' })).toEqual({
      ok: true,
      draft: {
        type: 'CODE',
        codeId: 'code1',
        kind: 'PERCENT',
        value: 1000,
        status: 'ACCEPTED',
        declared: { code: 'WITAJ10' },
      },
    });
  });

  it.each([
    ['an unknown code', null, {}, 'Nie znamy takiego kodu rabatowego'],
    ['a malformed code', base, { code: 'x' }, 'Nie znamy takiego kodu rabatowego'],
    ['a switched-off code', { ...base, active: false }, {}, 'Nie znamy takiego kodu rabatowego'],
    [
      'an expired code',
      { ...base, validTo: new Date('2026-06-05T22:00:00Z') },
      {},
      'wygasł (był ważny do 5 czerwca 2026)',
    ],
    [
      'a code not valid yet',
      { ...base, validFrom: new Date('2026-06-14T22:00:00Z') },
      {},
      'ważny dopiero od 15 czerwca 2026',
    ],
    ['a code used up', { ...base, maxUses: 3 }, { uses: 3 }, 'limit użyć się wyczerpał'],
    ['a code this payer used up', base, { uses: 1, mine: 1 }, 'przez Ciebie wykorzystany'],
    ['a code for another product', { ...base, products: ['razem'] }, {}, 'nie dotyczy tego produktu'],
    ['an amount in another currency', { ...base, kind: 'AMOUNT' as const, currency: 'EUR' }, {}, 'innej walucie'],
    ['a code with another discount', base, { others: ['SIBLING'] }, 'nie można łączyć'],
    [
      'a combinable code with Akcja Kontynuacja',
      { ...base, combinable: true },
      { others: ['CONTINUATION'] },
      'nie można łączyć',
    ],
  ])('refuses %s', async (_n, row, o, message) => {
    const got = await check(row, o);
    expect(got.ok).toBe(false);
    expect(got.ok ? '' : got.message).toContain(message);
  });

  it.each([
    ['listed by its offer slug', ['centrum-ursynow']],
    ['listed by its product', ['live', 'centre']],
  ])('accepts a code %s', async (_n, products) => {
    expect((await check({ ...base, products })).ok).toBe(true);
  });

  it('a combinable code goes with a sibling discount; no limits means no counting', async () => {
    expect(
      (
        await check(
          { ...base, combinable: true, maxUses: null, maxUsesPerPayer: null },
          { others: ['SIBLING'], uses: 99, mine: 9 },
        )
      ).ok,
    ).toBe(true);
  });
});
