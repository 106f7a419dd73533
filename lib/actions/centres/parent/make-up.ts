'use server';
// The parent asks for a make-up from /rodzina/centrum: a seat in another group's class, with the
// late fee added in the booking's transaction when asked after the free window (lib/centres/makeups/fee.ts).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { PARENT_CENTRE_PATH } from '@/lib/centres/paths';
import { bookMakeUp } from '@/lib/live/bookings/book';

const picked = () =>
  z
    .string({ error: () => messages().centresParent.makeUp.pick })
    .min(1, { error: () => messages().centresParent.makeUp.pick });
const schema = z.object({ childId: z.string().min(1).max(64), missedSessionId: picked(), sessionId: picked() });

export const requestCentreMakeUpAction = formAction(
  { schema, permission: 'families:manage-own' },
  async (input, { user }) => {
    const r = await bookMakeUp(user, input.childId, input.missedSessionId, input.sessionId);
    revalidatePath(PARENT_CENTRE_PATH);
    return {
      ok: true,
      message: r.feeChargeId
        ? messages().centresParent.makeUp.doneChargedShort
        : messages().centresParent.makeUp.doneFree,
    };
  },
);
