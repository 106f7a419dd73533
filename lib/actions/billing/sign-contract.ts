'use server';
// "Zawieram umowę z obowiązkiem zapłaty" (B1): signs the offer for the payer or their child, then
// opens the first charge's payment in PayU (as its pay link would) or, for a pro-forma plan, goes
// to the contract page with the pro-forma.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { clientIp } from '@/lib/http/client-ip';
import { signUp } from '@/lib/billing/signup/sign-up';
import { chargeLinkToken } from '@/lib/billing/payments/link';
import { openPayLink, payLinkStatusPath } from '@/lib/billing/payments/pay-link';
import { accountContractPath } from '@/lib/billing/queries/paths';

const optional = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);

const schema = perLocale((m) => {
  const t = m.billingAccount.signup;
  return z.object({
    slug: z.string().min(1).max(200),
    who: z.string({ error: t.whoInvalid }).min(1, t.whoInvalid).max(64),
    payMethod: z.enum(['CARD', 'LINK']).optional(),
    code: optional,
    sibling: optional,
    referralEmail: optional,
    terms: z.literal('on', { error: t.termsMissing }),
    continuation: z.literal('on').optional(),
    immediateStart: z.literal('on').optional(),
  });
});

export const signContractAction = formAction({ permission: 'orders:buy', schema }, async (input, { user, locale }) => {
  const signed = await signUp(user.id, {
    ...input,
    continuation: input.continuation === 'on',
    immediateStart: input.immediateStart === 'on',
  });
  if (signed.fieldErrors)
    return { ok: false, error: messages(locale).errors.checkFields, fieldErrors: signed.fieldErrors };
  if (signed.transfer) redirect(`${accountContractPath(signed.number)}?zawarta=1`);
  const pay = await openPayLink(chargeLinkToken(signed.firstChargeId), user.id, clientIp(await headers()));
  redirect(pay?.kind === 'redirect' ? pay.url : payLinkStatusPath(signed.firstChargeId, pay?.state));
});
