'use server';
import { headers } from 'next/headers';
import { formAction } from '@/lib/actions/action';
import { clientIp } from '@/lib/http/client-ip';
import { messages } from '@/lib/i18n';
import { formatLastDay } from '@/lib/format/time';
import { fileComplaint as file } from '@/lib/support/complaints';
import { supportSchemas } from '@/lib/support/schemas';

export const fileComplaint = formAction(
  { schema: (locale) => supportSchemas(locale).complaintSchema, public: true },
  async (input, { user, locale }) => {
    const { number, dueAt } = await file(input, user, clientIp(await headers()), undefined, locale);
    return { ok: true, message: messages(locale).support.complaints.sent(number, formatLastDay(dueAt, locale)) };
  },
);
