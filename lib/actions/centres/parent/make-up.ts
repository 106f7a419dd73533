'use server';
// The parent asks for a make-up from /rodzina/centrum: a seat in another group's class, with the
// late fee added in the booking's transaction when asked after the free window (lib/centres/makeups/fee.ts).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { PARENT_CENTRE_PATH } from '@/lib/centres/paths';
import { bookMakeUp } from '@/lib/live/bookings/book';

const schema = perLocale((m) => {
  const picked = () => z.string({ error: m.centresParent.makeUp.pick }).min(1, m.centresParent.makeUp.pick);
  return z.object({ childId: z.string().min(1).max(64), missedSessionId: picked(), sessionId: picked() });
});

export const requestCentreMakeUpAction = formAction(
  { schema, permission: 'families:manage-own' },
  async (input, { user, locale }) => {
    const r = await bookMakeUp(user, input.childId, input.missedSessionId, input.sessionId);
    revalidatePath(PARENT_CENTRE_PATH);
    return {
      ok: true,
      message: r.feeChargeId
        ? messages(locale).centresParent.makeUp.doneChargedShort
        : messages(locale).centresParent.makeUp.doneFree,
    };
  },
);
