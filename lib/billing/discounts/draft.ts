// What a sign-up hands to signContract (lib/billing/contracts/sign.ts) for each discount: a checked
// code or a declaration waiting for staff, before any ContractDiscount row exists.
import type { ContractDiscountType, DiscountKind } from '@/lib/db/generated/enums';

export type DiscountDraft = {
  type: ContractDiscountType;
  codeId?: string;
  kind: DiscountKind;
  /** PERCENT: basis points (1000 = 10 %); AMOUNT: minor units of the offer's currency. */
  value: number;
  /** A code is checked here and ACCEPTED; declarations (sibling, referral, continuation) wait for staff. */
  status: 'PENDING' | 'ACCEPTED';
  /** What the payer declared, kept on the row for the staff who verify it. */
  declared?: Record<string, string | number | boolean | null>;
};

/** The offer fields the discount rules read. */
export type DiscountOffer = { id: string; slug: string; product: string; currency: string; amount: number };
