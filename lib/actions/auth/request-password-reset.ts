'use server';
import { formAction } from '@/lib/actions/action';
import { requestPasswordReset as request } from '@/lib/auth/accounts';
import { requestResetSchema } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';

export const requestPasswordReset = formAction({ schema: requestResetSchema, public: true }, async ({ email }) => {
  await request(email);
  return { ok: true, message: messages().auth.resetSent };
});
