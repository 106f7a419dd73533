'use server';
// The account page's session controls: "wyloguj" beside one device and "log out everywhere".
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { clearSessionCookie, currentSession } from '@/lib/auth/session';
import { logoutEverywhere as revokeAll, revokeOwnSession } from '@/lib/auth/sessions';
import { messages } from '@/lib/i18n';

const SIGNED_OUT = '/logowanie?wylogowano=1';

export const revokeDevice = formAction(
  { schema: z.object({ sessionId: z.string().min(1).max(64) }), permission: 'account:manage-own' },
  async ({ sessionId }, { user, locale }) => {
    await revokeOwnSession(user.id, sessionId);
    if ((await currentSession())?.sessionId === sessionId) {
      await clearSessionCookie();
      redirect(SIGNED_OUT);
    }
    revalidatePath('/konto');
    return { ok: true, message: messages(locale).auth.sessions.revoked };
  },
);

export const logoutEverywhere = formAction(
  { schema: z.object({}), permission: 'account:manage-own' },
  async (_input, { user }) => {
    await revokeAll(user.id);
    await clearSessionCookie();
    redirect(SIGNED_OUT);
  },
);
