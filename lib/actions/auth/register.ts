'use server';
import { formAction } from '@/lib/actions/action';
import { registerUser } from '@/lib/auth/accounts';
import { authSchemas } from '@/lib/auth/schemas';
import { currentLocale } from '@/lib/locale/current';

export const register = formAction(
  { schema: (locale) => authSchemas(locale).registerSchema, public: true },
  async (input) => {
    // The language the visitor is reading in becomes the new profile's.
    await registerUser({ ...input, locale: await currentLocale() });
    return { ok: true };
  },
);
