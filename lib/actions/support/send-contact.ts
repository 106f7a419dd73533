'use server';
import { headers } from 'next/headers';
import { formAction } from '@/lib/actions/action';
import { clientIp } from '@/lib/http/client-ip';
import { messages } from '@/lib/i18n';
import { sendContactMessage } from '@/lib/support/contact';
import { supportSchemas } from '@/lib/support/schemas';

export const sendContact = formAction(
  { schema: (locale) => supportSchemas(locale).contactSchema, public: true },
  async (input, { user, locale }) => {
    await sendContactMessage(input, user, clientIp(await headers()), undefined, locale);
    return { ok: true, message: messages(locale).support.contact.sent };
  },
);
