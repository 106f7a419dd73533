// What a discount does to a sign-up's schedule, for the preview (helper "ui") and the staff list.
// Omnibus (art. 6a u.o.c.): a public code shown as a price cut states the lowest price of the 30 days
// before it; a contract's offer price does not change, so that is the offer price. Conditional
// discounts (sibling, referral, Akcja Kontynuacja) are outside the rule and show no such line.
import type { BillingPlanKind, ChargeKind, ContractDiscountType, DiscountKind } from '@/lib/db/generated/enums';
import { formatMoney } from '@/lib/format/money';
import { formatPercent } from '@/lib/format/percent';
import { messages } from '@/lib/i18n';
import { discountCharges } from '@/lib/billing/contracts/discounts';

/** "−10 %", "−12,5 %" or "−50,00 zł" in Polish, "−10%" in English (the value is in basis points). */
export function effectText(
  e: { kind: DiscountKind; value: number; currency?: string | null },
  locale?: string,
): string {
  const t = messages(locale).discounts;
  if (e.kind === 'AMOUNT') return t.effectAmount(formatMoney(e.value, e.currency ?? 'PLN', locale));
  return t.effectPercent(formatPercent(e.value / 100, locale));
}

export type CodeEffect = {
  /** "−10% (razem 120,00 zł)". */
  text: string;
  total: number;
  /** The discount on each charge of the schedule, in its order (fees get 0). */
  perCharge: number[];
  /** "Najniższa cena z 30 dni przed obniżką: 1 200,00 zł" for a public code; null otherwise. */
  lowestPrice: string | null;
};

export function describeCodeEffect(
  discount: { type: ContractDiscountType; kind: DiscountKind; value: number },
  offer: { planKind: BillingPlanKind; amount: number; currency: string },
  schedule: readonly { kind: ChargeKind; amount: number }[],
  locale?: string,
): CodeEffect {
  const t = messages(locale).discounts;
  const { perCharge, totals } = discountCharges(offer.planKind, [...schedule], [discount]);
  const total = totals[0] ?? 0;
  const effect = effectText({ ...discount, currency: offer.currency }, locale);
  return {
    text: t.effectOnPlan(effect, formatMoney(total, offer.currency, locale)),
    total,
    perCharge,
    lowestPrice: discount.type === 'CODE' ? t.omnibus(formatMoney(offer.amount, offer.currency, locale)) : null,
  };
}
