'use server';
// The button on the page the new address's link opens: a POST, so a mail scanner that follows
// the link does not use the token.
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { confirmEmailChange } from '@/lib/privacy/profile/email-change';
import { privacySchemas } from '@/lib/privacy/schemas';

export const confirmEmail = formAction(
  { schema: (locale) => privacySchemas(locale).emailTokenSchema, public: true },
  async ({ token }, { locale }) => {
    const t = messages(locale).privacy.email;
    const r = await confirmEmailChange(token);
    if (r.ok) return { ok: true, message: t.confirmed(r.email) };
    return { ok: false, error: r.reason === 'taken' ? t.taken : t.linkInvalid };
  },
);
