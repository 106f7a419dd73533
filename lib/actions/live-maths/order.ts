'use server';
// "Zamawiam i płacę" on /matematyka-live: the order (lib/live-maths/purchase.ts), then the first
// Abonament's payment opened in PayU as its pay link would.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { zodErrorMap } from '@/lib/i18n/zod-locale';
import { clientIp } from '@/lib/http/client-ip';
import { orderLiveCourse } from '@/lib/live-maths/purchase';
import { chargeLinkToken } from '@/lib/billing/payments/link';
import { openPayLink, payLinkStatusPath } from '@/lib/billing/payments/pay-link';

const text = (max: number) => z.string().trim().max(max);
const optional = text(200)
  .optional()
  .transform((v) => v || undefined);

const schema = perLocale((m) => {
  const t = m.liveMaths.errors;
  const needed = text(200).min(1, t.required);
  return z
    .object({
      slug: z.string({ error: t.groupMissing }).min(1, t.groupMissing).max(200),
      child: z.string({ error: t.childMissing }).min(1, t.childMissing).max(64),
      childName: optional,
      birthYear: optional,
      firstName: optional,
      lastName: optional,
      email: optional,
      phone: optional,
      code: optional,
      sibling: optional,
      invoice: z.literal('on').optional(),
      companyName: optional,
      nip: optional,
      street: optional,
      postalCode: optional,
      city: optional,
      terms: z.literal('on', { error: t.termsMissing }),
      immediateStart: z.literal('on').optional(),
    })
    .superRefine((v, ctx) => {
      const need = (field: keyof typeof v, check: z.ZodType, message?: string) => {
        const r = check.safeParse(v[field] ?? '');
        if (!r.success) ctx.addIssue({ code: 'custom', path: [field], message: message ?? t.required });
      };
      if (v.child === 'new') {
        need('childName', needed, t.childNameMissing);
        need('birthYear', z.string().regex(/^(19|20)\d\d$/), t.birthYearInvalid);
      }
      if (v.invoice) {
        need('companyName', needed);
        need('nip', z.string().regex(/^\d{10}$/), t.nipInvalid);
        need('street', needed);
        need('postalCode', z.string().regex(/^\d{2}-\d{3}$/), t.postalCodeInvalid);
        need('city', needed);
      }
    });
});

const guest = perLocale(({ liveMaths: { errors: t } }) => {
  const needed = text(200).min(1, t.required);
  return z.object({ firstName: needed, lastName: needed, email: z.email(t.required).max(200) });
});

export const orderLiveCourseAction = formAction({ public: true, schema }, async (input, { user, locale }) => {
  const m = messages(locale);
  if (user && !can(user.roles, 'orders:buy')) return { ok: false, error: m.liveMaths.errors.notParent };
  let payer;
  if (!user) {
    const g = guest(locale).safeParse(input, { error: zodErrorMap(locale) });
    if (!g.success) {
      const fieldErrors = Object.fromEntries(g.error.issues.map((i) => [String(i.path[0]), i.message]));
      return { ok: false, error: m.errors.checkFields, fieldErrors };
    }
    payer = { ...g.data, phone: input.phone };
  }
  const ordered = await orderLiveCourse(user?.id ?? null, {
    slug: input.slug,
    child: input.child,
    childName: input.childName,
    birthYear: input.birthYear ? Number(input.birthYear) : undefined,
    payer,
    code: input.code,
    sibling: input.sibling,
    invoice: input.invoice
      ? {
          companyName: input.companyName!,
          nip: input.nip!,
          street: input.street!,
          postalCode: input.postalCode!,
          city: input.city!,
        }
      : undefined,
    immediateStart: input.immediateStart === 'on',
  });
  if (ordered.fieldErrors) return { ok: false, error: m.errors.checkFields, fieldErrors: ordered.fieldErrors };
  const pay = await openPayLink(chargeLinkToken(ordered.firstChargeId), ordered.payerId, clientIp(await headers()));
  redirect(pay?.kind === 'redirect' ? pay.url : payLinkStatusPath(ordered.firstChargeId, pay?.state));
});
