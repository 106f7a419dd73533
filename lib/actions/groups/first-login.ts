'use server';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { safeRedirect } from '@/lib/url';
import { authSchemas } from '@/lib/auth/schemas';
import { keepIssuedPassword, setOwnPassword } from '@/lib/groups/accounts/first-login';

export const keepPassword = formAction(
  { schema: z.object({ next: z.string().optional() }), permission: 'account:manage-own' },
  async ({ next }, { user }) => {
    await keepIssuedPassword(user.id);
    redirect(safeRedirect(next, '/moje-kursy'));
  },
);

const ownSchema = perLocale((m, locale) =>
  z
    .object({ next: z.string().optional(), password: authSchemas(locale).newPasswordSchema, confirm: z.string() })
    .refine((v) => v.password === v.confirm, { path: ['confirm'], message: m.auth.fields.passwordsDiffer })
    .refine((v) => v.password.trim().toLowerCase() !== '', {
      path: ['password'],
      message: m.auth.fields.passwordRequired,
    }),
);

export const chooseOwnPassword = formAction(
  { schema: ownSchema, permission: 'account:manage-own' },
  async ({ password, next }, { user, locale }) => {
    if (user.login && password.trim().toLowerCase() === user.login) {
      return { ok: false, fieldErrors: { password: messages(locale).groups.passwordSameAsLogin } };
    }
    await setOwnPassword(user.id, password);
    // The change ended this session too: the form signs in again with the new password, then goes on.
    return {
      ok: true,
      message: messages(locale).groups.ownPasswordSaved,
      data: { identifier: user.login ?? user.email ?? '', next: safeRedirect(next, '/moje-kursy') },
    };
  },
);
