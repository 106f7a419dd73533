'use server';
import { formAction } from '@/lib/actions/action';
import { requestPasswordReset as request } from '@/lib/auth/accounts';
import { authSchemas } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';

export const requestPasswordReset = formAction(
  { schema: (locale) => authSchemas(locale).requestResetSchema, public: true },
  async ({ email }, { locale }) => {
    await request(email);
    return { ok: true, message: messages(locale).auth.resetSent };
  },
);
