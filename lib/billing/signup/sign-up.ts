// Sign-up from /umowy/[slug]: who studies (the payer or one of their children), the declared
// discounts checked beside their fields, then one transaction that signs the contract; its
// e-mail goes after the commit. The caller sends the payer to pay or to the pro-forma.
import { db } from '@/lib/db/client';
import { NotFoundError, UserError, type FieldErrors } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { termsVersionInForce } from '@/lib/auth/terms';
import { findOwnChild } from '@/lib/families/children';
import { dispatchEmails } from '@/lib/jobs/queues';
import { signContract } from '@/lib/billing/contracts/sign';
import { declaredDiscounts } from '@/lib/billing/discounts/declare';
import { planPolicy } from '@/lib/billing/rules/plans';
import { hasOwnSignup } from './own-signup';

export type SignUpInput = {
  slug: string;
  who: string; // 'me' or the id of one of the payer's children
  /** A card plan's payer may pay each month from the e-mailed link instead (B5: card or link). */
  payMethod?: 'CARD' | 'LINK';
  code?: string;
  sibling?: string;
  referralEmail?: string;
  continuation: boolean;
  immediateStart: boolean;
};

export type SignedUp =
  { fieldErrors: FieldErrors } | { fieldErrors?: undefined; number: string; firstChargeId: string; transfer: boolean };

export async function signUp(payerId: string, input: SignUpInput, now = currentTime()): Promise<SignedUp> {
  const offer = await db().billingOffer.findFirst({ where: { slug: input.slug, active: true } });
  if (!offer || hasOwnSignup(offer.product)) throw new NotFoundError('offer');
  const beneficiaryId = await beneficiaryOf(payerId, input.who);
  const signed = await db().$transaction(async (tx) => {
    const declared = await declaredDiscounts(tx, {
      offer,
      payerId,
      code: input.code,
      sibling: input.sibling ? { name: input.sibling } : undefined,
      continuation: input.continuation,
      referralEmail: input.referralEmail,
      now,
    });
    if ('fieldErrors' in declared) return { fieldErrors: declared.fieldErrors as FieldErrors };
    const result = await signContract(tx, {
      offerId: offer.id,
      payerId,
      beneficiaryId,
      termsVersion: termsVersionInForce(now),
      immediateStartConsent: input.immediateStart,
      payMethod: planPolicy(offer.planCode).payMethod === 'CARD' ? input.payMethod : undefined,
      discounts: declared.drafts,
      now,
    });
    const { payMethod } = await tx.contract.findUniqueOrThrow({
      where: { id: result.contractId },
      select: { payMethod: true },
    });
    return { ...result, transfer: payMethod === 'TRANSFER' };
  });
  if (signed.fieldErrors) return { fieldErrors: signed.fieldErrors };
  await dispatchEmails(signed.emailIds);
  return { number: signed.number, firstChargeId: signed.firstChargeId, transfer: signed.transfer };
}

async function beneficiaryOf(payerId: string, who: string): Promise<string> {
  if (who === 'me') return payerId;
  const child = await findOwnChild(payerId, who);
  if (!child) throw new UserError('billingAccount.signup.whoInvalid', { who: 'billingAccount.signup.whoInvalid' });
  return child.user.id;
}
