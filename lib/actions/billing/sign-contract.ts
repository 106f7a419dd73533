'use server';
// "Zawieram umowę z obowiązkiem zapłaty" (B1): signs the offer for the payer or their child, then
// goes to the first charge's payment (PayU) or, for a pro-forma plan, to the contract page.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { signUp } from '@/lib/billing/signup/sign-up';
import { chargePayPath } from '@/lib/billing/payments/link';
import { accountContractPath } from '@/lib/billing/queries/paths';

const t = messages().billingAccount.signup;
const optional = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);

const schema = z.object({
  slug: z.string().min(1).max(200),
  who: z.string({ error: t.whoInvalid }).min(1, t.whoInvalid).max(64),
  code: optional,
  sibling: optional,
  referralEmail: optional,
  terms: z.literal('on', { error: t.termsMissing }),
  immediateStart: z.literal('on').optional(),
});

export const signContractAction = formAction({ permission: 'orders:buy', schema }, async (input, { user }) => {
  const signed = await signUp(user.id, { ...input, immediateStart: input.immediateStart === 'on' });
  if (signed.fieldErrors) return { ok: false, error: messages().errors.checkFields, fieldErrors: signed.fieldErrors };
  redirect(signed.transfer ? `${accountContractPath(signed.number)}?zawarta=1` : chargePayPath(signed.firstChargeId));
});
