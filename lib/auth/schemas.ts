// Form schemas shared by the forms and the server, their texts in the reader's language.
import { z } from 'zod';
import { messages, type Locale } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';

/** The forms' schemas with their texts in the language (built once per language). */
function build(locale: Locale) {
  const t = messages(locale).auth;
  const f = t.fields;

  const newPasswordSchema = z
    .string()
    .min(10, f.passwordMin)
    .max(128, f.passwordMax)
    .regex(/\p{L}/u, f.passwordLetter)
    .regex(/\d/, f.passwordDigit);

  const emailSchema = z.string().trim().toLowerCase().min(1, f.emailRequired).pipe(z.email(f.emailFormat));

  const name = (label: string) =>
    z
      .string()
      .trim()
      .min(1, f.nameRequired(label))
      .max(80, f.max80)
      .regex(/^[\p{L}][\p{L}' .-]*$/u, f.nameLetters);

  return {
    newPasswordSchema,
    emailSchema,
    /** A first or last name under the same rule as registration (group participants, group admins). */
    personNameSchema: (field: 'firstName' | 'lastName') => name(f[field]),
    loginSchema: z.object({
      identifier: z.string().trim().min(1, f.identifierRequired).max(254),
      password: z.string().min(1, f.passwordRequired).max(128),
    }),
    registerSchema: z.object({
      firstName: name(f.firstName),
      lastName: name(f.lastName),
      email: emailSchema,
      password: newPasswordSchema,
      terms: z.literal('on', { error: f.terms }),
    }),
    requestResetSchema: z.object({ email: emailSchema }),
    resetPasswordSchema: z
      .object({ token: z.string().min(20).max(200), password: newPasswordSchema, confirm: z.string() })
      .refine((v) => v.password === v.confirm, { path: ['confirm'], message: f.passwordsDiffer }),
    changePasswordSchema: z
      .object({ current: z.string().min(1, f.currentRequired), password: newPasswordSchema, confirm: z.string() })
      .refine((v) => v.password === v.confirm, { path: ['confirm'], message: f.passwordsDiffer }),
  };
}

/** The schemas in a language, for `formAction({ schema: (locale) => authSchemas(locale).registerSchema })`. */
export const authSchemas = perLocale((_, locale) => build(locale));
