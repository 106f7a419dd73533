'use server';
import { formAction } from '@/lib/actions/action';
import { changePassword as change } from '@/lib/auth/accounts';
import { currentSession } from '@/lib/auth/session';
import { authSchemas } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';

export const changePassword = formAction(
  { schema: (locale) => authSchemas(locale).changePasswordSchema, permission: 'account:manage-own' },
  async ({ current, password }, { user, locale }) => {
    // Every other session ends; this device stays signed in.
    await change(user.id, current, password, (await currentSession())?.sessionId ?? null);
    return { ok: true, message: messages(locale).auth.changed };
  },
);
