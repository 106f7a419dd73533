'use server';
// "Usuń konto": the deletion, then this device's cookie goes too (its session already ended).
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/action';
import { clearSessionCookie } from '@/lib/auth/session';
import { deleteAccount as remove } from '@/lib/privacy/deletion/delete-account';
import { privacySchemas } from '@/lib/privacy/schemas';

export const deleteAccount = formAction(
  { schema: (locale) => privacySchemas(locale).deleteAccountSchema, permission: 'account:manage-own' },
  async ({ password }, { user }) => {
    await remove(user.id, password);
    await clearSessionCookie();
    redirect('/konto/usuniete');
  },
);
