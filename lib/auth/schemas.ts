// Form schemas shared by the forms and the server.
import { z } from 'zod';
import { messages } from '@/lib/i18n';

const t = messages().auth;
const f = t.fields;

export const PASSWORD_RULES = t.passwordRules;

export const newPasswordSchema = z
  .string()
  .min(10, f.passwordMin)
  .max(128, f.passwordMax)
  .regex(/\p{L}/u, f.passwordLetter)
  .regex(/\d/, f.passwordDigit);

export const emailSchema = z.string().trim().toLowerCase().min(1, f.emailRequired).pipe(z.email(f.emailFormat));

const name = (label: string) =>
  z
    .string()
    .trim()
    .min(1, f.nameRequired(label))
    .max(80, f.max80)
    .regex(/^[\p{L}][\p{L}' .-]*$/u, f.nameLetters);

export const loginSchema = z.object({
  identifier: z.string().trim().min(1, f.identifierRequired).max(254),
  password: z.string().min(1, f.passwordRequired).max(128),
});

export const registerSchema = z.object({
  firstName: name(f.firstName),
  lastName: name(f.lastName),
  email: emailSchema,
  password: newPasswordSchema,
  terms: z.literal('on', { error: f.terms }),
});

export const requestResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: f.passwordsDiffer });

export const changePasswordSchema = z
  .object({ current: z.string().min(1, f.currentRequired), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: f.passwordsDiffer });

/** A first or last name under the same rule as registration (group participants, group admins). */
export const personNameSchema = (field: 'firstName' | 'lastName') => name(f[field]);
