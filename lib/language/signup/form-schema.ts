// The sign-up form's fields as the server reads them (/jezyk-polski/zapisy): a visitor gives their
// person and address, a signed-in person only the rest. The age against the programme's minAge and
// a taken e-mail are checked by the service (they need the programme and the database). The texts
// are the signer's language's: the schemas are built per language, once.
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES, messages, type Locale } from '@/lib/i18n';
import { isCalendarDay } from './rules/age';

function schemas(locale: Locale) {
  const t = messages(locale).languageSignup.errors;
  const f = messages(locale).auth.fields;
  const contract = z.object({
    birthDate: z
      .string({ error: t.birthDate })
      .trim()
      .min(1, t.birthDate)
      .refine((v) => isCalendarDay(v), t.birthDate),
    level: z
      .string({ error: t.level })
      .trim()
      .regex(/^[A-C][12]$/, t.level),
    plan: z.enum(['MONTHLY', 'FULL'], { error: t.plan }),
    payMethod: z.enum(['CARD', 'LINK']).optional(),
    terms: z.literal('on', { error: t.terms }),
    withdrawalReceived: z.literal('on', { error: t.withdrawal }),
    immediateStart: z.literal('on').optional(),
  });
  // The same rule as registration's names and e-mail (lib/auth/schemas.ts), in the signer's language.
  const name = (required: string) =>
    z
      .string({ error: required })
      .trim()
      .min(1, required)
      .max(80, f.max80)
      .regex(/^[\p{L}][\p{L}' .-]*$/u, f.nameLetters);
  const person = z.object({
    firstName: name(f.nameRequired(f.firstName)),
    lastName: name(f.nameRequired(f.lastName)),
    email: z.string({ error: t.email }).trim().toLowerCase().min(1, f.emailRequired).pipe(z.email(f.emailFormat)),
    phone: z
      .string()
      .trim()
      .max(30)
      .regex(/^[+0-9 ()-]*$/, t.phone)
      .optional()
      .transform((v) => v || undefined),
  });
  return { member: contract, guest: contract.extend(person.shape) };
}

const byLocale = Object.fromEntries(LOCALES.map((l) => [l, schemas(l)])) as Record<Locale, ReturnType<typeof schemas>>;

/** The form of a signed-in person (their account gives the person) and of a visitor, in the language. */
export const signupSchemas = (locale: Locale = DEFAULT_LOCALE) => byLocale[locale];

export type GuestSignup = z.output<ReturnType<typeof schemas>['guest']>;
export type MemberSignup = z.output<ReturnType<typeof schemas>['member']>;
