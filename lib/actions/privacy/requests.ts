'use server';
// A privacy request from /konto, and staff's decision in /panel/wnioski-rodo.
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { formatLastDay } from '@/lib/format/time';
import { decidePrivacyRequest, filePrivacyRequest } from '@/lib/privacy/requests/requests';
import { privacySchemas } from '@/lib/privacy/schemas';

export const fileRequest = formAction(
  { schema: (locale) => privacySchemas(locale).privacyRequestSchema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    const r = await filePrivacyRequest(user.id, input);
    revalidatePath('/konto/wnioski');
    return { ok: true, message: messages(locale).privacy.requests.filed(r.number, formatLastDay(r.dueAt, locale)) };
  },
);

// Staff: support and administrators (panel:users, lib/auth/permissions.ts).
export const decideRequest = formAction(
  { schema: (locale) => privacySchemas(locale).decideRequestSchema, permission: 'panel:users' },
  async ({ requestId, decision, reply }, { user, locale }) => {
    await decidePrivacyRequest(user.id, requestId, { decision, reply });
    revalidatePath(`/panel/wnioski-rodo/${requestId}`);
    revalidatePath('/panel/wnioski-rodo');
    return { ok: true, message: messages(locale).privacy.requests.decided };
  },
);
