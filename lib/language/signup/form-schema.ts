// The sign-up form's fields as the server reads them (/jezyk-polski/zapisy): a visitor gives their
// person and address, a signed-in person only the rest. The age against the programme's minAge and
// a taken e-mail are checked by the service (they need the programme and the database).
import { z } from 'zod';
import { emailSchema, personNameSchema } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';
import { isCalendarDay } from './rules/age';

const t = messages().languageSignup.errors;

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

const person = z.object({
  firstName: personNameSchema('firstName'),
  lastName: personNameSchema('lastName'),
  email: z.string({ error: t.email }).pipe(emailSchema),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[+0-9 ()-]*$/, t.phone)
    .optional()
    .transform((v) => v || undefined),
});

export const memberSignupSchema = contract;
export const guestSignupSchema = contract.extend(person.shape);

export type GuestSignup = z.output<typeof guestSignupSchema>;
export type MemberSignup = z.output<typeof memberSignupSchema>;
