'use server';
// "Zamawiam licencję" on /planer/zamowienie (A4): a visitor orders with the contact's data, a
// signed-in person on their own account; refusals stand beside their fields.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fieldErrorsOf, formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { zodErrorMap } from '@/lib/i18n/zod-locale';
import { licenceOrderSchemas, type GuestOrder } from '@/lib/licence/order-form';
import { orderLicence } from '@/lib/licence/order';
import { LICENCE_ORDERED_PATH } from '@/lib/licence/paths';

export const licenceOrderAction = formAction(
  { public: true, schema: z.record(z.string(), z.unknown()) },
  async (raw, { user, locale }) => {
    const schemas = licenceOrderSchemas(locale);
    const parsed = (user ? schemas.memberOrderSchema : schemas.guestOrderSchema).safeParse(raw, {
      error: zodErrorMap(locale),
    });
    if (!parsed.success)
      return { ok: false, error: messages(locale).errors.checkFields, fieldErrors: fieldErrorsOf(parsed.error) };
    const { firstName, lastName, email, ecoInvoice, terms: _terms, ...school } = parsed.data as GuestOrder;
    const contact = user ? undefined : { firstName, lastName, email };
    const r = await orderLicence({ ...school, ecoInvoice: ecoInvoice === 'on', contact }, user);
    if (r.fieldErrors) return { ok: false, error: messages(locale).errors.checkFields, fieldErrors: r.fieldErrors };
    redirect(LICENCE_ORDERED_PATH);
  },
);
