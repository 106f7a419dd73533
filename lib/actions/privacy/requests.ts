'use server';
// A privacy request from /konto, and staff's decision in /panel/wnioski-rodo.
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { decidePrivacyRequest, filePrivacyRequest } from '@/lib/privacy/requests/requests';
import { decideRequestSchema, privacyRequestSchema } from '@/lib/privacy/schemas';

export const fileRequest = formAction(
  { schema: privacyRequestSchema, permission: 'account:manage-own' },
  async (input, { user }) => {
    const r = await filePrivacyRequest(user.id, input);
    revalidatePath('/konto/wnioski');
    return { ok: true, message: messages().privacy.requests.filed(r.number, r.lastDay) };
  },
);

// Staff: support and administrators (panel:users, lib/auth/permissions.ts).
export const decideRequest = formAction(
  { schema: decideRequestSchema, permission: 'panel:users' },
  async ({ requestId, decision, reply }, { user }) => {
    await decidePrivacyRequest(user.id, requestId, { decision, reply });
    revalidatePath(`/panel/wnioski-rodo/${requestId}`);
    revalidatePath('/panel/wnioski-rodo');
    return { ok: true, message: messages().privacy.requests.decided };
  },
);
