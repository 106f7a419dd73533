'use server';
import { headers } from 'next/headers';
import { formAction } from '@/lib/actions/action';
import { clientIp } from '@/lib/http/client-ip';
import { messages } from '@/lib/i18n';
import { fileComplaint as file } from '@/lib/support/complaints';
import { complaintSchema } from '@/lib/support/schemas';

export const fileComplaint = formAction({ schema: complaintSchema, public: true }, async (input, { user, locale }) => {
  const { number, lastDay } = await file(input, user, clientIp(await headers()), undefined, locale);
  return { ok: true, message: messages(locale).support.complaints.sent(number, lastDay) };
});
