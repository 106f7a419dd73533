'use server';
// "Zapisuję dziecko" on /centra/grupy/[id]/zapis: the enrolment (lib/centres/enrol/enrol.ts), then
// the first payment by its pay link, the pro-forma, or the parent's centre page for the desk; a
// guest (not signed in yet) reads what to pay, by when, beside the form.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { enrolInCentreGroup } from '@/lib/centres/enrol/enrol';
import { enrolledNext } from '@/lib/centres/enrol/next';
import { CENTRE_PAY_METHODS, CENTRE_PLANS } from '@/lib/centres/enrol/options';

const t = messages().centresEnrol.errors;
const text = z.string().trim().max(200).optional();

const schema = z.object({
  centreGroupId: z.string().min(1).max(64),
  plan: z.enum(CENTRE_PLANS, { error: t.planMissing }),
  payMethod: z.enum(CENTRE_PAY_METHODS, { error: t.payMethodMissing }),
  child: z.string({ error: t.childMissing }).min(1, t.childMissing).max(64),
  childFirstName: text,
  childLastName: text,
  childBirthDate: text,
  firstName: text,
  lastName: text,
  email: text,
  phone: text,
  sibling: text,
  referralEmail: text,
  continuation: z.literal('on').optional(),
  terms: z.literal('on', { error: t.terms }),
  immediateStart: z.literal('on').optional(),
});

const guest = z.object({
  firstName: z.string({ error: t.firstName }).min(1, t.firstName),
  lastName: z.string({ error: t.lastName }).min(1, t.lastName),
  email: z.email(t.email).max(200),
  phone: z.string({ error: t.phone }).regex(/^\+?[\d\s-]{9,20}$/, t.phone),
});

export const enrolInCentreGroupAction = formAction({ public: true, schema }, async (input, { user }) => {
  if (user && !can(user.roles, 'orders:buy')) return { ok: false, error: messages().centresEnrol.form.notParent };
  const parent = user ? undefined : guest.safeParse(input);
  if (parent && !parent.success) {
    const fieldErrors = Object.fromEntries(parent.error.issues.map((i) => [String(i.path[0]), i.message]));
    return { ok: false, error: messages().errors.checkFields, fieldErrors };
  }
  const r = await enrolInCentreGroup(user?.id ?? null, {
    ...input,
    parent: parent?.data,
    continuation: input.continuation === 'on',
    immediateStart: input.immediateStart === 'on',
  });
  if (r.fieldErrors)
    return { ok: false, error: r.fieldErrors.group ?? messages().errors.checkFields, fieldErrors: r.fieldErrors };
  const next = enrolledNext(r);
  if ('path' in next) redirect(next.path);
  return { ok: true, message: next.message };
});
