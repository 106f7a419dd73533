// The licence order form's fields as the server reads them (/planer/zamowienie, A4): the school
// (name, OKE code — its format only, with every broken part named —, the commission, NIP, address,
// eco invoice), the contact person (unless signed in), the exam year and the terms.
import { z } from 'zod';
import { emailSchema, personNameSchema } from '@/lib/auth/schemas';
import { messages, text as codeText } from '@/lib/i18n';
import { nipSchema, postalCodeSchema } from '@/lib/invoices/tax/nip';
import { COMMISSIONS, type CommissionCode } from '@/lib/matura/data/oke';
import { checkOkeCode } from '@/lib/matura/rules/oke-code';

const t = messages().licence.order.errors;
const field = (message: string, max = 160) => z.string({ error: message }).trim().min(1, message).max(max, message);

const okeCode = z
  .string({ error: t.okeCode })
  .superRefine((v, ctx) => {
    const check = checkOkeCode(v);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.reasons.map((r) => codeText(r)).join(' ') });
  })
  .transform((v) => v.trim().toUpperCase());

const school = z.object({
  schoolName: field(t.schoolName, 200),
  okeCode,
  commission: z.enum(COMMISSIONS.map((c) => c.code) as [CommissionCode, ...CommissionCode[]], { error: t.commission }),
  nip: z.string({ error: messages().checkout.fields.nip }).pipe(nipSchema),
  street: field(t.street),
  postalCode: z.string({ error: messages().checkout.fields.postalCode }).pipe(postalCodeSchema),
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

export const memberOrderSchema = school;
export const guestOrderSchema = school.extend(contact.shape);

export type MemberOrder = z.output<typeof memberOrderSchema>;
export type GuestOrder = z.output<typeof guestOrderSchema>;
