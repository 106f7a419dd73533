'use server';
import { formAction } from '@/lib/actions/action';
import { resetPassword as reset } from '@/lib/auth/accounts';
import { resetPasswordSchema } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';

export const resetPassword = formAction({ schema: resetPasswordSchema, public: true }, async ({ token, password }) => {
  await reset(token, password);
  return { ok: true, message: messages().auth.passwordChanged };
});
