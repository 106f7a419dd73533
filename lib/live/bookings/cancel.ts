// Cancelling a booking before the cut-off (default 12 h, per group): the seat goes, in the same
// transaction, to the first person waiting — exactly once, because every seat decision holds the
// session's row lock and a second cancel finds the booking already cancelled (pitfall 10).
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import type { Tx } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/url';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { canCancelBooking, DEFAULT_CANCEL_CUTOFF_HOURS } from '@/lib/live/rules/windows';
import { contactOf, mayActFor, type LiveViewer } from '@/lib/live/access';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { liveTransaction } from '@/lib/live/tx';
import { lockSession, releaseSeat, takeSeat } from './seat';

export type CancelResult = {
  /** What the booking was before: BOOKED (a seat freed), WAITING (left the list), or null (nothing to cancel). */
  was: 'BOOKED' | 'WAITING' | null;
  promotedBookingId: string | null;
  emailIds: string[];
};

/** Books the first waiting person on a seat already counted in `taken`; their e-mail goes once. */
async function promoteFirstWaiting(
  tx: Tx,
  sessionId: string,
  now: Date,
): Promise<{ id: string; emailId: string | null } | null> {
  const first = await tx.liveBooking.findFirst({
    where: { sessionId, status: 'WAITING' },
    orderBy: { queueNo: 'asc' },
    select: {
      id: true,
      userId: true,
      queueNo: true,
      session: { select: { startsAt: true, group: { select: { title: true } } } },
    },
  });
  if (!first) return null;
  await tx.liveBooking.update({ where: { id: first.id }, data: { status: 'BOOKED', promotedAt: now } });
  const to = await contactOf(tx, first.userId);
  const emailId = to
    ? await queueEmailOnce(tx, `live-promoted:${first.id}:${first.queueNo}`, to.email, 'live-seat-promoted', {
        firstName: to.firstName,
        title: first.session.group?.title ?? messages().liveEngine.slotTitle,
        startsAt: first.session.startsAt.toISOString(),
        link: absoluteUrl(LIVE_LEARNER_PATH),
      })
    : null;
  return { id: first.id, emailId };
}

/** Seats freed by a capacity increase go to waiting people in order; returns their e-mails. */
export async function promoteWhileFree(tx: Tx, sessionId: string, now: Date): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const waiting = await tx.liveBooking.count({ where: { sessionId, status: 'WAITING' } });
    if (waiting === 0 || !(await takeSeat(tx, sessionId))) return ids;
    const p = await promoteFirstWaiting(tx, sessionId, now);
    if (p?.emailId) ids.push(p.emailId);
  }
}

/** Inside a transaction: cancels the learner's place; `force` skips the cut-off (make-ups, staff). */
export async function cancelPlace(
  tx: Tx,
  sessionId: string,
  learnerId: string,
  now: Date,
  opts: { force?: boolean } = {},
): Promise<CancelResult> {
  await lockSession(tx, sessionId);
  const b = await tx.liveBooking.findUnique({
    where: { sessionId_userId: { sessionId, userId: learnerId } },
    select: {
      id: true,
      status: true,
      session: { select: { startsAt: true, group: { select: { cancelCutoffHours: true } } } },
    },
  });
  if (!b || b.status === 'CANCELLED') return { was: null, promotedBookingId: null, emailIds: [] };
  if (b.status === 'BOOKED' && !opts.force) {
    const hours = b.session.group?.cancelCutoffHours ?? DEFAULT_CANCEL_CUTOFF_HOURS;
    if (!canCancelBooking(b.session.startsAt, hours, now))
      throw new UserError({ code: 'live.windows.cancelClosed', params: [hours] });
  }
  await tx.liveBooking.update({ where: { id: b.id }, data: { status: 'CANCELLED', cancelledAt: now } });
  if (b.status === 'WAITING') return { was: 'WAITING', promotedBookingId: null, emailIds: [] };
  const promoted = b.session.startsAt.getTime() > now.getTime() ? await promoteFirstWaiting(tx, sessionId, now) : null;
  if (!promoted) await releaseSeat(tx, sessionId);
  return {
    was: 'BOOKED',
    promotedBookingId: promoted?.id ?? null,
    emailIds: promoted?.emailId ? [promoted.emailId] : [],
  };
}

/** The learner (or their parent) cancels a booking or leaves the waiting list. Safe to repeat. */
export async function cancelBooking(
  actor: LiveViewer,
  learnerId: string,
  sessionId: string,
  now = currentTime(),
): Promise<CancelResult> {
  const result = await liveTransaction(async (tx) => {
    if (!(await mayActFor(tx, actor, learnerId))) throw new NotFoundError('learner');
    const r = await cancelPlace(tx, sessionId, learnerId, now);
    if (r.was === null) {
      const exists = await tx.liveBooking.findUnique({
        where: { sessionId_userId: { sessionId, userId: learnerId } },
        select: { id: true },
      });
      if (!exists) throw new UserError('liveEngine.noBooking');
    }
    return r;
  });
  await dispatchEmails(result.emailIds);
  return result;
}
