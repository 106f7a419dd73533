// A promotional code typed at sign-up, checked against its validity, limits, products and the other
// discounts, under the code's row lock: the sign-up's transaction holds it until its ContractDiscount
// row is written, so two payers taking the last use at once cannot both get it.
import type { Tx } from '@/lib/db/client';
import type { ContractDiscountType } from '@/lib/db/generated/enums';
import { formatDate, formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { DiscountDraft, DiscountOffer } from './draft';
import { CODE_FORMAT, normaliseCode } from './rules';

export type CodeCheck = { ok: true; draft: DiscountDraft } | { ok: false; message: string };

export async function checkCode(
  tx: Tx,
  input: {
    code: string;
    offer: DiscountOffer;
    payerId: string;
    now: Date;
    /** The sign-up's other discounts (declared or checked before this one). */
    otherDiscounts?: readonly { type: ContractDiscountType }[];
  },
): Promise<CodeCheck> {
  const t = messages().discounts.errors;
  const refuse = (message: string): CodeCheck => ({ ok: false, message });
  const code = normaliseCode(input.code);
  if (!CODE_FORMAT.test(code)) return refuse(t.unknown);
  // The lock that makes the use counts below exact until this transaction ends.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "DiscountCode" WHERE "code" = ${code} FOR UPDATE`;
  const row = locked[0] && (await tx.discountCode.findUnique({ where: { id: locked[0].id } }));
  if (!row || !row.active) return refuse(t.unknown);
  const now = input.now.getTime();
  if (now < row.validFrom.getTime()) return refuse(t.notYetValid(formatDate(row.validFrom)));
  if (now >= row.validTo.getTime()) return refuse(t.expired(formatLastDay(row.validTo)));
  const { offer } = input;
  if (row.products.length > 0 && !row.products.some((p) => p === offer.slug || p === offer.product))
    return refuse(t.otherProduct);
  if (row.kind === 'AMOUNT' && row.currency !== offer.currency) return refuse(t.otherCurrency);
  const others = input.otherDiscounts ?? [];
  // Akcja Kontynuacja combines with nothing (AK §1.4, §2.2.3), whatever the code allows.
  if (others.length > 0 && (!row.combinable || others.some((o) => o.type === 'CONTINUATION')))
    return refuse(t.notCombinable);
  const counted = { codeId: row.id, status: { not: 'REJECTED' as const } };
  if (
    row.maxUsesPerPayer !== null &&
    (await tx.contractDiscount.count({ where: { ...counted, contract: { payerId: input.payerId } } })) >=
      row.maxUsesPerPayer
  )
    return refuse(t.usedByPayer);
  if (row.maxUses !== null && (await tx.contractDiscount.count({ where: counted })) >= row.maxUses)
    return refuse(t.usedUp);
  return {
    ok: true,
    draft: { type: 'CODE', codeId: row.id, kind: row.kind, value: row.value, status: 'ACCEPTED', declared: { code } },
  };
}
