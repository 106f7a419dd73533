'use server';
// The account page's actions (/panel/uzytkownicy/[id]): a reset link, block, unblock.
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { accountActionSchema, blockSchema } from '@/lib/staff/schemas';
import { blockAccount, sendResetLink, unblockAccount } from '@/lib/staff/account-actions';

// The reply in the language of the person who clicked.
const t = async () => messages(await currentLocale()).staff.account;

export const sendPasswordReset = formAction(
  { schema: accountActionSchema, permission: 'users:manage' },
  async ({ userId }, { user }) => {
    const email = await sendResetLink(user.id, userId);
    return { ok: true, message: (await t()).resetSent(email) };
  },
);

export const blockUser = formAction({ schema: blockSchema, permission: 'users:manage' }, async (input, { user }) => {
  const done = await blockAccount(user.id, input.userId, input.note);
  revalidatePath(`/panel/uzytkownicy/${input.userId}`);
  return { ok: true, message: done.changed ? (await t()).blockedDone(done.sessionsEnded) : (await t()).alreadyBlocked };
});

export const unblockUser = formAction({ schema: blockSchema, permission: 'users:manage' }, async (input, { user }) => {
  const done = await unblockAccount(user.id, input.userId, input.note);
  revalidatePath(`/panel/uzytkownicy/${input.userId}`);
  return { ok: true, message: done.changed ? (await t()).unblockedDone : (await t()).alreadyUnblocked };
});
