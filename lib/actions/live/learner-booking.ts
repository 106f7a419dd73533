'use server';
// The learner's (or parent's) one-click actions on /zajecia: book (or queue), cancel (or leave the
// list), book a make-up, and a new private calendar address. The services check who may act for whom.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { absoluteUrl } from '@/lib/url';
import { bookMakeUp, bookSession } from '@/lib/live/bookings/book';
import { cancelBooking } from '@/lib/live/bookings/cancel';
import { issueFeedToken } from '@/lib/live/calendar/feed';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';

const one = z.object({ learnerId: z.string().min(1), sessionId: z.string().min(1) });

export const bookLiveSession = formAction(
  { schema: one, permission: 'learning:study-own' },
  async (input, { user, locale }) => {
    const t = messages(locale).liveLearner;
    const placed = await bookSession(user, input.learnerId, input.sessionId);
    revalidatePath(LIVE_LEARNER_PATH);
    return { ok: true, message: placed.status === 'BOOKED' ? t.bookedDone : t.waitingDone(placed.position ?? 1) };
  },
);

export const cancelLiveBooking = formAction(
  { schema: one, permission: 'learning:study-own' },
  async (input, { user, locale }) => {
    const t = messages(locale).liveLearner;
    const r = await cancelBooking(user, input.learnerId, input.sessionId);
    revalidatePath(LIVE_LEARNER_PATH);
    return { ok: true, message: r.was === 'WAITING' ? t.leftWaitlistDone : t.cancelledDone };
  },
);

const makeUp = perLocale((m) => {
  const picked = () => z.string({ error: m.liveLearner.pickSession }).min(1, m.liveLearner.pickSession);
  return z.object({ learnerId: z.string().min(1), missedSessionId: picked(), sessionId: picked() });
});

export const bookLiveMakeUp = formAction(
  { schema: makeUp, permission: 'learning:study-own' },
  async (input, { user, locale }) => {
    const t = messages(locale).liveLearner;
    const r = await bookMakeUp(user, input.learnerId, input.missedSessionId, input.sessionId);
    revalidatePath(LIVE_LEARNER_PATH);
    return { ok: true, message: r.charge === 'free' ? t.makeUpDoneFree : t.makeUpDoneCharged };
  },
);

/** A new feed address; the old one stops working. Returned once (only its hash is stored). */
export const regenerateCalendarFeed = formAction(
  { schema: z.object({}), permission: 'learning:study-own' },
  async (_input, { user }) => {
    const token = await issueFeedToken(user.id);
    revalidatePath(LIVE_LEARNER_PATH);
    return { ok: true, data: { url: absoluteUrl(`/api/kalendarz/${token}`) } };
  },
);
