// How a contract's discounts are taken off its charges (BILLING.md "Discounts on a plan"):
// FULL/INSTALMENTS/PROFORMA — each discount is computed on the plan's total and the sum spread
// over the charges in proportion, remainder on the last (AK1); fees are never discounted.
// MONTHLY/SESSIONS — a percent discount on every period charge, an amount on the first only.
import type { ContractDiscountStatus, ContractDiscountType, DiscountKind } from '@/lib/db/generated/enums';
import type { Prisma } from '@/lib/db/generated/client';
import type { ChargeDraft } from '@/lib/billing/rules/schedule';
import { percentOf, spreadDiscount } from '@/lib/billing/rules/spread';

/** A discount to apply at signing (lib/billing/discounts builds them). */
export type DiscountDraft = {
  type: ContractDiscountType;
  codeId?: string | null;
  kind: DiscountKind;
  value: number;
  status: Extract<ContractDiscountStatus, 'PENDING' | 'ACCEPTED'>;
  declared?: Prisma.InputJsonValue;
};

type Applicable = { kind: DiscountKind; value: number };

const discountable = (c: Pick<ChargeDraft, 'kind' | 'amount'>) => (c.kind === 'FEE' ? 0 : c.amount);

/** A discount's minor units on a base, never more than the base. */
export const discountOn = (base: number, d: Applicable) =>
  Math.min(base, d.kind === 'PERCENT' ? percentOf(base, d.value) : d.value);

const periodic = (planKind: string) => planKind === 'MONTHLY' || planKind === 'SESSIONS';

/**
 * Each charge's discount and each discount's total, for the charges laid out at signing.
 * Discounts are taken in order, each on what the previous ones left.
 */
export function discountCharges(
  planKind: string,
  charges: Pick<ChargeDraft, 'kind' | 'amount'>[],
  discounts: Applicable[],
): { perCharge: number[]; totals: number[] } {
  const perCharge = charges.map(() => 0);
  const totals = discounts.map(() => 0);
  discounts.forEach((d, di) => {
    const left = charges.map((c, i) => discountable(c) - perCharge[i]);
    if (periodic(planKind)) {
      // Percent: every period charge; amount: the first one only.
      left.forEach((base, i) => {
        if (d.kind === 'AMOUNT' && i > 0) return;
        const off = discountOn(base, d);
        perCharge[i] += off;
        totals[di] += off;
      });
      return;
    }
    const base = left.reduce((a, b) => a + b, 0);
    const shares = spreadDiscount(discountOn(base, d), left);
    shares.forEach((s, i) => (perCharge[i] += s));
    totals[di] = shares.reduce((a, b) => a + b, 0);
  });
  return { perCharge, totals };
}

/** The discount of a later period charge (MONTHLY/SESSIONS): the percent ones only, in order. */
export function periodChargeDiscount(amount: number, discounts: Applicable[]): number {
  let off = 0;
  for (const d of discounts) if (d.kind === 'PERCENT') off += discountOn(amount - off, d);
  return off;
}
