'use server';
import { formAction } from '@/lib/actions/action';
import { changePassword as change } from '@/lib/auth/accounts';
import { changePasswordSchema } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';

export const changePassword = formAction(
  { schema: changePasswordSchema, permission: 'account:manage-own' },
  async ({ current, password }, { user }) => {
    await change(user.id, current, password);
    // The change ends every session, this one too; the form signs in again with the new password.
    return { ok: true, message: messages().auth.changed, data: { identifier: user.email ?? user.login ?? '' } };
  },
);
