'use server';
// /konto: the person's own name and phone, and a change of e-mail confirmed by the new address.
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { updateProfile as update } from '@/lib/privacy/profile/profile';
import { requestEmailChange } from '@/lib/privacy/profile/email-change';
import { privacySchemas } from '@/lib/privacy/schemas';

export const updateProfile = formAction(
  { schema: (locale) => privacySchemas(locale).profileSchema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await update(user.id, input);
    revalidatePath('/konto');
    return { ok: true, message: messages(locale).privacy.profile.saved };
  },
);

export const changeEmail = formAction(
  { schema: (locale) => privacySchemas(locale).emailChangeSchema, permission: 'account:manage-own' },
  async ({ email }, { user, locale }) => {
    await requestEmailChange(user.id, email);
    revalidatePath('/konto');
    return { ok: true, message: messages(locale).privacy.email.sent(email) };
  },
);
