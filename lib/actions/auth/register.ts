'use server';
import { formAction } from '@/lib/actions/action';
import { registerUser } from '@/lib/auth/accounts';
import { registerSchema } from '@/lib/auth/schemas';

export const register = formAction({ schema: registerSchema, public: true }, async (input) => {
  await registerUser(input);
  return { ok: true };
});
