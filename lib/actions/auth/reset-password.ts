'use server';
import { formAction } from '@/lib/actions/action';
import { resetPassword as reset } from '@/lib/auth/accounts';
import { authSchemas } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';

export const resetPassword = formAction(
  { schema: (locale) => authSchemas(locale).resetPasswordSchema, public: true },
  async ({ token, password }, { locale }) => {
    await reset(token, password);
    return { ok: true, message: messages(locale).auth.passwordChanged };
  },
);
