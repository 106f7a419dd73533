// Form schemas of the family area, shared by the forms and the server actions.
import { z } from 'zod';
import { emailSchema, newPasswordSchema } from '@/lib/auth/schemas';
import { normaliseCountryCode } from '@/lib/families/rules/currency';
import { countryOptions } from '@/lib/families/rules/countries';

const personName = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Podaj ${label}.`)
    .max(80, 'Najwyżej 80 znaków.')
    .regex(/^[\p{L}][\p{L}' .-]*$/u, 'Dozwolone są litery, spacja, myślnik i apostrof.');

export const parentRegistrationSchema = z.object({
  firstName: personName('imię'),
  lastName: z
    .string()
    .trim()
    .max(80, 'Najwyżej 80 znaków.')
    .regex(/^([\p{L}][\p{L}' .-]*)?$/u, 'Dozwolone są litery, spacja, myślnik i apostrof.')
    .optional()
    .default(''),
  email: emailSchema,
  phone: z
    .string()
    .trim()
    .max(30, 'Najwyżej 30 znaków.')
    .regex(/^(\+?[0-9 ()-]{6,30})?$/, 'Podaj numer telefonu z cyframi, np. +44 20 7946 0000.')
    .optional()
    .default(''),
  country: z
    .string()
    .trim()
    .min(1, 'Wybierz kraj zamieszkania.')
    .refine((c) => countryOptions().some((o) => o.code === c.toUpperCase()), 'Wybierz kraj z listy.')
    .transform((c) => normaliseCountryCode(c)),
  password: newPasswordSchema,
  terms: z.literal('on', { error: 'Aby założyć konto, zaakceptuj regulamin pakietów.' }),
});

export const childLoginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Login musi mieć co najmniej 3 znaki.')
  .max(40, 'Login może mieć najwyżej 40 znaków.')
  .regex(
    /^[a-z0-9._-]+$/,
    'Login może zawierać małe litery bez polskich znaków, cyfry, kropkę, myślnik i podkreślenie.',
  );

export const addChildSchema = z.object({
  fullName: z
    .string()
    .trim()
    .min(3, 'Podaj imię i nazwisko dziecka.')
    .max(120, 'Najwyżej 120 znaków.')
    .regex(/^[\p{L}][\p{L}' .-]*\s+[\p{L}][\p{L}' .-]*$/u, 'Podaj imię i nazwisko dziecka (litery, spacja, myślnik).'),
  birthYear: z.coerce
    .number({ error: 'Podaj rok urodzenia, np. 2016.' })
    .int('Podaj rok urodzenia, np. 2016.')
    .min(1990, 'Podaj rok urodzenia, np. 2016.')
    .max(2100, 'Podaj rok urodzenia, np. 2016.'),
  login: childLoginSchema,
  password: newPasswordSchema,
});

export const childPasswordSchema = z.object({ childId: z.string().min(1), password: newPasswordSchema });

export const classChangeSchema = z.object({
  childId: z.string().min(1),
  shift: z.enum(['-1', '0', '1'], { error: 'Wybierz klasę.' }).transform(Number),
});
