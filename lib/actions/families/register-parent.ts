'use server';
import { formAction } from '@/lib/actions/action';
import { registerParent as register } from '@/lib/families/registration';
import { familySchemas } from '@/lib/families/schemas';

export const registerParent = formAction(
  { schema: (locale) => familySchemas(locale).parentRegistrationSchema, public: true },
  async (input) => {
    await register(input);
    return { ok: true };
  },
);
