'use server';
// Lifts a login lock with the owner's e-mailed one-time link (a button, so a mail scanner's GET does nothing).
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { unlockAccount as unlock } from '@/lib/auth/unlock';
import { messages } from '@/lib/i18n';

const schema = z.object({ token: z.string().min(20).max(200) });

export const unlockAccount = formAction({ schema, public: true }, async ({ token }, { locale }) => {
  await unlock(token);
  return { ok: true, message: messages(locale).auth.unlocked };
});
