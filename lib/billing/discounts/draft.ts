// What a sign-up hands to signContract for each discount (core's type, lib/billing/contracts/discounts.ts),
// and the offer fields the discount rules read.
export type { DiscountDraft } from '@/lib/billing/contracts/discounts';

export type DiscountOffer = { id: string; slug: string; product: string; currency: string; amount: number };
