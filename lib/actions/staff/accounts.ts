'use server';
// The account page's actions (/panel/uzytkownicy/[id]): a reset link, block, unblock.
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { messages, type Locale } from '@/lib/i18n';
import { staffSchemas } from '@/lib/staff/schemas';
import { blockAccount, sendResetLink, unblockAccount } from '@/lib/staff/account-actions';

// The reply in the language of the person who clicked.
const t = (locale: Locale) => messages(locale).staff.account;

export const sendPasswordReset = formAction(
  { schema: (locale) => staffSchemas(locale).accountActionSchema, permission: 'users:manage' },
  async ({ userId }, { user, locale }) => {
    const email = await sendResetLink(user.id, userId);
    return { ok: true, message: t(locale).resetSent(email) };
  },
);

export const blockUser = formAction(
  { schema: (locale) => staffSchemas(locale).blockSchema, permission: 'users:manage' },
  async (input, { user, locale }) => {
    const done = await blockAccount(user.id, input.userId, input.note);
    revalidatePath(`/panel/uzytkownicy/${input.userId}`);
    return {
      ok: true,
      message: done.changed ? t(locale).blockedDone(done.sessionsEnded) : t(locale).alreadyBlocked,
    };
  },
);

export const unblockUser = formAction(
  { schema: (locale) => staffSchemas(locale).blockSchema, permission: 'users:manage' },
  async (input, { user, locale }) => {
    const done = await unblockAccount(user.id, input.userId, input.note);
    revalidatePath(`/panel/uzytkownicy/${input.userId}`);
    return { ok: true, message: done.changed ? t(locale).unblockedDone : t(locale).alreadyUnblocked };
  },
);
