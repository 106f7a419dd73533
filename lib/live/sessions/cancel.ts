// Staff cancel a session (or every session still ahead in a group): everyone booked gets an
// e-mail, and a LiveUndelivered row per participant records the class not delivered — the input
// of the pro-rata refund (#15, matplaneta L13/S2). One transaction; running it again changes nothing.
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import type { Tx } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { absoluteUrl } from '@/lib/url';
import { recordAudit } from '@/lib/audit';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { contactOf, requireLive, type LiveViewer } from '@/lib/live/access';
import { lockSession } from '@/lib/live/bookings/seat';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { liveTransaction } from '@/lib/live/tx';
import { recomputeSessionPeriods } from '@/lib/billing/contracts/sessions';

async function cancelOne(tx: Tx, sessionId: string, reason: string, now: Date): Promise<string[]> {
  await lockSession(tx, sessionId);
  const s = await tx.liveSession.findUnique({
    where: { id: sessionId },
    select: { status: true, startsAt: true, groupId: true, group: { select: { title: true } } },
  });
  if (!s) throw new NotFoundError('live session');
  if (s.status === 'CANCELLED') return [];
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
  const ids: string[] = [];
  for (const b of booked) {
    const to = await contactOf(tx, b.userId);
    if (!to) continue;
    const id = await queueEmailOnce(tx, `live-cancelled:${sessionId}:${b.userId}`, to.email, 'live-session-cancelled', {
      firstName: to.firstName,
      title: s.group?.title ?? messages().liveEngine.slotTitle,
      startsAt: formatDateTime(s.startsAt),
      link: absoluteUrl(LIVE_LEARNER_PATH),
    });
    if (id) ids.push(id);
  }
  return ids;
}

export async function cancelSession(actor: LiveViewer, sessionId: string, reason: string, now = currentTime()) {
  requireLive(actor, 'live:manage');
  const ids = await liveTransaction(async (tx) => {
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
  await dispatchEmails(ids);
  return { emailed: ids.length };
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
    for (const s of ahead) ids.push(...(await cancelOne(tx, s.id, reason, now)));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'live.group.cancelled',
      objectType: 'liveGroup',
      objectId: groupId,
      note: reason,
    });
    return { ids, sessions: ahead.length };
  });
  await dispatchEmails(result.ids);
  return { sessions: result.sessions, emailed: result.ids.length };
}
