// The checkout form, shared by the form and the server. Invoice data is optional for a private
// person and required for a company or when the cart holds a group package. Its texts are the
// buyer's language's.
import { z } from 'zod';
import { taxIdSchemas } from '@/lib/invoices/tax/nip';
import { DEFAULT_LOCALE, messages, type Locale } from '@/lib/i18n';
import { PAY_METHODS } from '@/lib/payments/rules/pay-methods';

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

export { PAY_METHODS };

function build(locale: Locale) {
  const t = messages(locale).checkout.fields;
  const { nipSchema, postalCodeSchema } = taxIdSchemas(locale);
  return z
    .object({
      checkoutKey: z.string().min(16).max(64),
      buyerType: z.enum(['PERSON', 'COMPANY'], { error: t.buyerType }),
      wantsInvoice: z.literal('on').optional(),
      companyName: optional,
      nip: optional,
      street: optional,
      postalCode: optional,
      city: optional,
      payMethod: z.enum(PAY_METHODS, { error: t.payMethod }),
      // Checked in superRefine with the rest, so every missing field is reported at once.
      terms: z.string().optional(),
      immediateDelivery: z.literal('on').optional(),
    })
    .superRefine((v, ctx) => {
      if (v.terms !== 'on') ctx.addIssue({ code: 'custom', path: ['terms'], message: t.terms });
      const needsAddress = v.buyerType === 'COMPANY' || v.wantsInvoice === 'on';
      if (v.buyerType === 'COMPANY') {
        if (!v.companyName) ctx.addIssue({ code: 'custom', path: ['companyName'], message: t.companyName });
        // An empty NIP is missing, not wrong: "Podaj NIP" rather than "check the digits".
        const nip = nipSchema.safeParse(v.nip ?? '');
        if (!v.nip) ctx.addIssue({ code: 'custom', path: ['nip'], message: t.nipMissing });
        else if (!nip.success) ctx.addIssue({ code: 'custom', path: ['nip'], message: nip.error.issues[0].message });
      }
      if (needsAddress) {
        if (!v.street) ctx.addIssue({ code: 'custom', path: ['street'], message: t.street });
        const pc = postalCodeSchema.safeParse(v.postalCode ?? '');
        if (!pc.success) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: pc.error.issues[0].message });
        if (!v.city) ctx.addIssue({ code: 'custom', path: ['city'], message: t.city });
      }
    });
}

const built = new Map<Locale, ReturnType<typeof build>>();

/** The checkout's schema with its texts in the buyer's language (built once per language). */
export function checkoutSchemaFor(locale: Locale = DEFAULT_LOCALE): ReturnType<typeof build> {
  let s = built.get(locale);
  if (!s) built.set(locale, (s = build(locale)));
  return s;
}

export const checkoutSchema = checkoutSchemaFor();

export type CheckoutInput = z.output<typeof checkoutSchema>;
