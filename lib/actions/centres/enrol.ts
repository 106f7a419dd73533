'use server';
// "Zapisuję dziecko" on /centra/grupy/[id]/zapis: the form checked whole (every field's error at
// once), the enrolment (lib/centres/enrol/enrol.ts), then the first payment opened in PayU as its
// pay link would, the pro-forma or the parent's centre page; a guest reads what to pay beside the form.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/action';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { clientIp } from '@/lib/http/client-ip';
import { enrolInCentreGroup } from '@/lib/centres/enrol/enrol';
import { enrolFormErrors, enrolFormSchema } from '@/lib/centres/enrol/form-schema';
import { afterEnrolment } from '@/lib/centres/enrol/next';

export const enrolInCentreGroupAction = formAction(
  { public: true, schema: enrolFormSchema },
  async (input, { user, locale }) => {
    const m = messages(locale);
    if (user && !can(user.roles, 'orders:buy')) return { ok: false, error: m.centresEnrol.form.notParent };
    const checked = enrolFormErrors(input, !user, locale);
    if ('fieldErrors' in checked) return { ok: false, error: m.errors.checkFields, fieldErrors: checked.fieldErrors };
    const r = await enrolInCentreGroup(user?.id ?? null, checked.input);
    if (r.fieldErrors)
      return { ok: false, error: r.fieldErrors.group ?? m.errors.checkFields, fieldErrors: r.fieldErrors };
    const next = await afterEnrolment(r, clientIp(await headers()), locale);
    if ('path' in next) redirect(next.path);
    return { ok: true, message: next.message };
  },
);
