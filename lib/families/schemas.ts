// Form schemas of the family area, shared by the forms and the server actions.
import { z } from 'zod';
import { emailSchema, newPasswordSchema } from '@/lib/auth/schemas';
import { normaliseCountryCode } from '@/lib/families/rules/currency';
import { countryOptions } from '@/lib/families/rules/countries';
import { messages } from '@/lib/i18n';

const a = messages().auth.fields;
const f = messages().families.fields;

const personName = (label: string) =>
  z
    .string()
    .trim()
    .min(1, a.nameRequired(label))
    .max(80, a.max80)
    .regex(/^[\p{L}][\p{L}' .-]*$/u, a.nameLetters);

export const parentRegistrationSchema = z.object({
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

export const childLoginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, f.loginMin)
  .max(40, f.loginMax)
  .regex(/^[a-z0-9._-]+$/, f.loginChars);

export const addChildSchema = z.object({
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

export const childPasswordSchema = z.object({ childId: z.string().min(1), password: newPasswordSchema });

export const classChangeSchema = z.object({
  childId: z.string().min(1),
  shift: z.enum(['-1', '0', '1'], { error: f.chooseClass }).transform(Number),
});
