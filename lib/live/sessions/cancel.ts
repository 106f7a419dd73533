// Staff cancel a session (or every session still ahead in a group): everyone booked gets an
// e-mail, and a LiveUndelivered row per participant records the class not delivered — the input
// of the pro-rata refund (#15, matplaneta L13/S2), which a Live contract's paid period gets through
// PayU after the commit (lib/live-maths/class-refunds.ts). One transaction; running it again changes nothing.
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import type { Tx } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/url';
import { recordAudit } from '@/lib/audit';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { contactOf, requireLive, type LiveViewer } from '@/lib/live/access';
import { lockSession } from '@/lib/live/bookings/seat';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { liveTransaction } from '@/lib/live/tx';
import { recomputeSessionPeriods } from '@/lib/billing/contracts/sessions';
import { refundCancelledClass, sendClassRefunds, type ClassRefund } from '@/lib/live-maths/class-refunds';

type Cancelled = { ids: string[]; refunds: ClassRefund[] };

async function cancelOne(tx: Tx, sessionId: string, reason: string, now: Date): Promise<Cancelled> {
  await lockSession(tx, sessionId);
  const s = await tx.liveSession.findUnique({
    where: { id: sessionId },
    select: { status: true, startsAt: true, groupId: true, group: { select: { title: true } } },
  });
  if (!s) throw new NotFoundError('live session');
  if (s.status === 'CANCELLED') return { ids: [], refunds: [] };
  const booked = await tx.liveBooking.findMany({
    where: { sessionId, status: 'BOOKED' },
    select: { userId: true },
  });
  await tx.liveSession.update({
    where: { id: sessionId },
    data: { status: 'CANCELLED', cancelledAt: now, cancelReason: reason, taken: 0 },
  });
  await tx.liveBooking.updateMany({
    where: { sessionId, status: { in: ['BOOKED', 'WAITING'] } },
    data: { status: 'CANCELLED', cancelledAt: now },
  });
  await tx.liveUndelivered.createMany({
    data: booked.map((b) => ({ sessionId, userId: b.userId, groupId: s.groupId, reason })),
    skipDuplicates: true,
  });
  // L1: a Live subscription's periods are counted in classes, so a cancelled one moves them.
  if (s.groupId) await recomputeSessionPeriods(tx, s.groupId, now);
  // L13: the paid period's classes not delivered are refunded pro rata.
  const paid = s.groupId
    ? await refundCancelledClass(tx, { id: sessionId, groupId: s.groupId, startsAt: s.startsAt }, now)
    : { refunds: [], emailIds: [] };
  const ids: string[] = [...paid.emailIds];
  for (const b of booked) {
    const to = await contactOf(tx, b.userId);
    if (!to) continue;
    const id = await queueEmailOnce(tx, `live-cancelled:${sessionId}:${b.userId}`, to.email, 'live-session-cancelled', {
      firstName: to.firstName,
      title: s.group?.title ?? messages().liveEngine.slotTitle,
      startsAt: s.startsAt.toISOString(),
      link: absoluteUrl(LIVE_LEARNER_PATH),
    });
    if (id) ids.push(id);
  }
  return { ids, refunds: paid.refunds };
}

export async function cancelSession(actor: LiveViewer, sessionId: string, reason: string, now = currentTime()) {
  requireLive(actor, 'live:manage');
  const done = await liveTransaction(async (tx) => {
    const s = await tx.liveSession.findUnique({ where: { id: sessionId }, select: { endsAt: true } });
    if (!s) throw new NotFoundError('live session');
    if (s.endsAt.getTime() <= now.getTime()) throw new UserError('liveEngine.sessionInPast');
    const emails = await cancelOne(tx, sessionId, reason, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'live.session.cancelled',
      objectType: 'liveSession',
      objectId: sessionId,
      note: reason,
    });
    return emails;
  });
  await dispatchEmails(done.ids);
  const refunded = await sendClassRefunds(done.refunds, actor.id);
  return { emailed: done.ids.length, refunded };
}

/** Cancels the group: every session not yet started, in one transaction. */
export async function cancelGroup(actor: LiveViewer, groupId: string, reason: string, now = currentTime()) {
  requireLive(actor, 'live:manage');
  const result = await liveTransaction(async (tx) => {
    const g = await tx.liveGroup.findUnique({ where: { id: groupId }, select: { id: true } });
    if (!g) throw new NotFoundError('live group');
    await tx.liveGroup.update({ where: { id: groupId }, data: { cancelledAt: now, cancelReason: reason } });
    const ahead = await tx.liveSession.findMany({
      where: { groupId, status: 'SCHEDULED', startsAt: { gt: now } },
      select: { id: true },
      orderBy: { startsAt: 'asc' },
    });
    const ids: string[] = [];
    const refunds: ClassRefund[] = [];
    for (const s of ahead) {
      const one = await cancelOne(tx, s.id, reason, now);
      ids.push(...one.ids);
      refunds.push(...one.refunds);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'live.group.cancelled',
      objectType: 'liveGroup',
      objectId: groupId,
      note: reason,
    });
    return { ids, refunds, sessions: ahead.length };
  });
  await dispatchEmails(result.ids);
  const refunded = await sendClassRefunds(result.refunds, actor.id);
  return { sessions: result.sessions, emailed: result.ids.length, refunded };
}
