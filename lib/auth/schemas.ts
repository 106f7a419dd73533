// Form schemas shared by the forms and the server.
import { z } from 'zod';

export const PASSWORD_RULES = 'Co najmniej 10 znaków, w tym litera i cyfra.';

export const newPasswordSchema = z
  .string()
  .min(10, 'Hasło musi mieć co najmniej 10 znaków.')
  .max(128, 'Hasło może mieć najwyżej 128 znaków.')
  .regex(/\p{L}/u, 'Hasło musi zawierać literę.')
  .regex(/\d/, 'Hasło musi zawierać cyfrę.');

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Podaj adres e-mail.')
  .pipe(z.email('Podaj poprawny adres e-mail, np. jan@firma.pl.'));

const name = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Podaj ${label}.`)
    .max(80, 'Najwyżej 80 znaków.')
    .regex(/^[\p{L}][\p{L}' .-]*$/u, 'Dozwolone są litery, spacja, myślnik i apostrof.');

export const loginSchema = z.object({
  identifier: z.string().trim().min(1, 'Podaj e-mail lub login.').max(254),
  password: z.string().min(1, 'Podaj hasło.').max(128),
});

export const registerSchema = z.object({
  firstName: name('imię'),
  lastName: name('nazwisko'),
  email: emailSchema,
  password: newPasswordSchema,
  terms: z.literal('on', { error: 'Aby założyć konto, zaakceptuj regulamin.' }),
});

export const requestResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'Hasła nie są takie same.' });

export const changePasswordSchema = z
  .object({ current: z.string().min(1, 'Podaj obecne hasło.'), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'Hasła nie są takie same.' });
