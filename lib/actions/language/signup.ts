'use server';
// "Zawieram umowę z obowiązkiem zapłaty" on /jezyk-polski/zapisy (razem B1): a visitor signs with
// their person and address, a signed-in person on their account; then the first charge's payment
// opens in PayU as its pay link would (the account itself opens when that payment is booked, B4).
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fieldErrorsOf, formAction } from '@/lib/actions/action';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { clientIp } from '@/lib/http/client-ip';
import { chargeLinkToken } from '@/lib/billing/payments/link';
import { openPayLink, payLinkStatusPath } from '@/lib/billing/payments/pay-link';
import { placementToken } from '@/lib/language/placement/cookie';
import { signupSchemas, type GuestSignup } from '@/lib/language/signup/form-schema';
import { currentLocale } from '@/lib/locale/current';
import { placementIdOf } from '@/lib/language/signup/signup-page';
import { signUpLearner } from '@/lib/language/signup/sign-up';

// Which fields apply depends on who is signed in, so the form is parsed by the one that does.
const anyForm = z.record(z.string(), z.unknown());

export const languageSignupAction = formAction({ public: true, schema: anyForm }, async (raw, { user }) => {
  const locale = await currentLocale();
  const m = messages(locale);
  const schemas = signupSchemas(locale);
  const values = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
  if (user && !can(user.roles, 'orders:buy')) return { ok: false, error: m.errors.forbidden, values };
  const parsed = user ? schemas.member.safeParse(raw) : schemas.guest.safeParse(raw);
  if (!parsed.success)
    return { ok: false, error: m.errors.checkFields, fieldErrors: fieldErrorsOf(parsed.error), values };
  const ip = clientIp(await headers());
  const context = { placementId: await placementIdOf(await placementToken()), ip, locale };
  const signed = await signUpLearner(
    user ? { kind: 'member', userId: user.id, ...parsed.data } : { kind: 'guest', ...(parsed.data as GuestSignup) },
    context,
  );
  if (signed.fieldErrors) return { ok: false, error: m.errors.checkFields, fieldErrors: signed.fieldErrors, values };
  const pay = await openPayLink(chargeLinkToken(signed.firstChargeId), user?.id ?? null, ip);
  redirect(pay?.kind === 'redirect' ? pay.url : payLinkStatusPath(signed.firstChargeId, pay?.state));
});
