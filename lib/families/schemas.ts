// Form schemas of the family area, shared by the forms and the server actions.
import { z } from 'zod';
import { authSchemas } from '@/lib/auth/schemas';
import { normaliseCountryCode } from '@/lib/families/rules/currency';
import { countryOptions } from '@/lib/families/rules/countries';
import { perLocale } from '@/lib/i18n/per-locale';
import { addressFields, checkAddress, type PostalAddress } from '@/lib/invoices/address-schema';
import { PAY_METHODS } from '@/lib/payments/rules/pay-methods';

/** The family forms' schemas, their texts in the reader's language (built once per language). */
export const familySchemas = perLocale((m, locale) => {
  const a = m.auth.fields;
  const f = m.families.fields;
  const { emailSchema, newPasswordSchema } = authSchemas(locale);

  const personName = (label: string) =>
    z
      .string()
      .trim()
      .min(1, a.nameRequired(label))
      .max(80, a.max80)
      .regex(/^[\p{L}][\p{L}' .-]*$/u, a.nameLetters);

  const parentRegistrationSchema = z.object({
    firstName: personName(f.firstName),
    lastName: z
      .string()
      .trim()
      .max(80, a.max80)
      .regex(/^([\p{L}][\p{L}' .-]*)?$/u, a.nameLetters)
      .optional()
      .default(''),
    email: emailSchema,
    phone: z
      .string()
      .trim()
      .max(30, f.max30)
      .regex(/^(\+?[0-9 ()-]{6,30})?$/, f.phone)
      .optional()
      .default(''),
    country: z
      .string()
      .trim()
      .min(1, f.countryRequired)
      .refine((c) => countryOptions().some((o) => o.code === c.toUpperCase()), f.countryFromList)
      .transform((c) => normaliseCountryCode(c)),
    password: newPasswordSchema,
    terms: z.literal('on', { error: f.terms }),
  });

  const childLoginSchema = z
    .string()
    .trim()
    .toLowerCase()
    .min(3, f.loginMin)
    .max(40, f.loginMax)
    .regex(/^[a-z0-9._-]+$/, f.loginChars);

  const addChildSchema = z.object({
    fullName: z
      .string()
      .trim()
      .min(3, f.childNameRequired)
      .max(120, f.max120)
      .regex(/^[\p{L}][\p{L}' .-]*\s+[\p{L}][\p{L}' .-]*$/u, f.childNameFormat),
    birthYear: z.coerce.number({ error: f.birthYear }).int(f.birthYear).min(1990, f.birthYear).max(2100, f.birthYear),
    login: childLoginSchema,
    password: newPasswordSchema,
  });

  const childPasswordSchema = z.object({ childId: z.string().min(1), password: newPasswordSchema });

  const classChangeSchema = z.object({
    childId: z.string().min(1),
    shift: z.enum(['-1', '0', '1'], { error: f.chooseClass }).transform(Number),
  });

  return { parentRegistrationSchema, childLoginSchema, addChildSchema, childPasswordSchema, classChangeSchema };
});

/** The buyer's address and, for Premium's books, where to ship them (null: to the buyer's address). */
export type FamilyOrderAddress = {
  billing: PostalAddress;
  shipping: (PostalAddress & { name: string }) | null;
};

/** Does the form's choice hold a Premium package (pkg_<childId> = PREMIUM), whose books are shipped? */
export const choosesPremium = (raw: Record<string, unknown>) =>
  Object.entries(raw).some(([k, v]) => k.startsWith('pkg_') && v === 'PREMIUM');

/**
 * The pay form of /rodzina/pakiety: the choice per child travels in hidden pkg_/exam_/extra_/
 * lessons_ fields (priced again on the server); the buyer's address is required for the invoice
 * (art. 106e ust. 1 pt 3 VAT act); a Premium order also needs a shipping address unless the
 * "same as billing" box stays ticked. Every field's error is reported at once.
 */
export const familyOrderSchema = perLocale((m, locale) =>
  z
    .object({
      checkoutKey: z.string().min(16).max(64),
      payMethod: z.enum(PAY_METHODS, { error: m.checkout.fields.payMethod }),
      terms: z.string().optional(),
      ...addressFields('', locale),
      shippingSame: z.string().optional(),
      shippingName: z.string().trim().max(120, m.invoices.fields.max120).optional().default(''),
      ...addressFields('shipping', locale),
    })
    .catchall(z.union([z.string(), z.array(z.string())]))
    .transform((v, ctx) => {
      if (v.terms !== 'on') ctx.addIssue({ code: 'custom', path: ['terms'], message: m.families.fields.orderTerms });
      const billing = checkAddress(v, ctx, '', locale);
      let shipping: FamilyOrderAddress['shipping'] = null;
      if (choosesPremium(v) && v.shippingSame !== 'on') {
        const name = typeof v.shippingName === 'string' ? v.shippingName : '';
        if (!name) ctx.addIssue({ code: 'custom', path: ['shippingName'], message: m.invoices.fields.shippingName });
        const to = checkAddress(v, ctx, 'shipping', locale);
        shipping = to && name ? { ...to, name } : null;
      }
      if (!billing) return z.NEVER;
      return { ...v, address: { billing, shipping } satisfies FamilyOrderAddress };
    }),
);
