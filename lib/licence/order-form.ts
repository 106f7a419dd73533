// The licence order form's fields as the server reads them (/planer/zamowienie, A4): the school
// (name, OKE code — its format only, with every broken part named —, the commission, NIP, address,
// eco invoice), the contact person (unless signed in), the exam year and the terms.
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { authSchemas } from '@/lib/auth/schemas';
import { text as codeText } from '@/lib/i18n';
import { taxIdSchemas } from '@/lib/invoices/tax/nip';
import { COMMISSIONS, type CommissionCode } from '@/lib/matura/data/oke';
import { checkOkeCode } from '@/lib/matura/rules/oke-code';

/** The order form's schemas, their texts in the orderer's language (built once per language). */
export const licenceOrderSchemas = perLocale((m, locale) => {
  const t = m.licence.order.errors;
  const { emailSchema, personNameSchema } = authSchemas(locale);
  const { nipSchema, postalCodeSchema } = taxIdSchemas(locale);
  const field = (message: string, max = 160) => z.string({ error: message }).trim().min(1, message).max(max, message);

  const okeCode = z
    .string({ error: t.okeCode })
    .superRefine((v, ctx) => {
      const check = checkOkeCode(v);
      if (!check.ok) ctx.addIssue({ code: 'custom', message: check.reasons.map((r) => codeText(r, locale)).join(' ') });
    })
    .transform((v) => v.trim().toUpperCase());

  const school = z.object({
    schoolName: field(t.schoolName, 200),
    okeCode,
    commission: z.enum(COMMISSIONS.map((c) => c.code) as [CommissionCode, ...CommissionCode[]], {
      error: t.commission,
    }),
    nip: z.string({ error: m.checkout.fields.nip }).pipe(nipSchema),
    street: field(t.street),
    postalCode: z.string({ error: m.checkout.fields.postalCode }).pipe(postalCodeSchema),
    city: field(t.city, 80),
    examYear: z.coerce.number({ error: t.examYear }).int(t.examYear),
    ecoInvoice: z.literal('on').optional(),
    terms: z.literal('on', { error: t.terms }),
  });

  const contact = z.object({
    firstName: personNameSchema('firstName'),
    lastName: personNameSchema('lastName'),
    email: z.string({ error: t.email }).pipe(emailSchema),
  });

  const memberOrderSchema = school;
  const guestOrderSchema = school.extend(contact.shape);

  return { memberOrderSchema, guestOrderSchema };
});

type Schemas = ReturnType<typeof licenceOrderSchemas>;
export type MemberOrder = z.output<Schemas['memberOrderSchema']>;
export type GuestOrder = z.output<Schemas['guestOrderSchema']>;
