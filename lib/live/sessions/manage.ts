// Staff change a single session: move it (the teacher must be free then), change its seats
// (never below the seats already taken; more seats go to the waiting list in order), and see the
// sessions ahead whose groups are below their minimum (L4/S2: cancel or keep, staff decide).
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { dispatchEmails } from '@/lib/jobs/queues';
import { requireLive, type LiveViewer } from '@/lib/live/access';
import { lockSession } from '@/lib/live/bookings/seat';
import { promoteWhileFree } from '@/lib/live/bookings/cancel';
import { liveTransaction } from '@/lib/live/tx';
import { db } from '@/lib/db/client';
import type { MessageCode } from '@/lib/i18n';
import { checkMove } from '@/lib/live/rules/schedule';
import { checkCapacity } from '@/lib/live/rules/capacity';
import { refuseTeacherClash } from './teacher-clash';

export async function moveSession(
  actor: LiveViewer,
  sessionId: string,
  to: { startsAt: Date; endsAt: Date },
  now = currentTime(),
): Promise<void> {
  requireLive(actor, 'live:manage');
  await liveTransaction(async (tx) => {
    await lockSession(tx, sessionId);
    const s = await tx.liveSession.findUnique({
      where: { id: sessionId },
      select: { teacherId: true, status: true, startsAt: true, endsAt: true },
    });
    if (!s) throw new NotFoundError('live session');
    if (s.status !== 'SCHEDULED') throw new UserError('liveEngine.sessionNotScheduled');
    const move = checkMove(s, to, now);
    if (!move.ok) throw new UserError(`live.move.${move.reason}`, { startsAt: `live.move.${move.reason}` });
    await refuseTeacherClash(tx, s.teacherId, [to], sessionId);
    await tx.liveSession.update({ where: { id: sessionId }, data: { startsAt: to.startsAt, endsAt: to.endsAt } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'live.session.moved',
      objectType: 'liveSession',
      objectId: sessionId,
      before: { startsAt: s.startsAt, endsAt: s.endsAt },
      after: to,
    });
  });
}

export async function changeSessionCapacity(
  actor: LiveViewer,
  sessionId: string,
  capacity: number,
  now = currentTime(),
) {
  requireLive(actor, 'live:manage');
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 50)
    throw new UserError('liveEngine.badCapacity', { capacity: 'liveEngine.badCapacity' });
  const ids = await liveTransaction(async (tx) => {
    await lockSession(tx, sessionId);
    const s = await tx.liveSession.findUnique({
      where: { id: sessionId },
      select: { taken: true, capacity: true, group: { select: { minParticipants: true } } },
    });
    if (!s) throw new NotFoundError('live session');
    const minParticipants = Math.min(s.group?.minParticipants ?? 1, capacity) || 1;
    if (!checkCapacity({ capacity, minParticipants }, s.taken).ok) {
      const code: MessageCode = { code: 'live.capacity.below-booked', params: [s.taken] };
      throw new UserError(code, { capacity: code });
    }
    await tx.liveSession.update({ where: { id: sessionId }, data: { capacity } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'live.session.capacity',
      objectType: 'liveSession',
      objectId: sessionId,
      before: { capacity: s.capacity },
      after: { capacity },
    });
    return promoteWhileFree(tx, sessionId, now);
  });
  await dispatchEmails(ids);
}

export type BelowMinimum = {
  sessionId: string;
  groupId: string;
  title: string;
  startsAt: Date;
  taken: number;
  minParticipants: number;
};

/** Scheduled group sessions in [now, until) with fewer booked than their group's minimum. */
export async function sessionsBelowMinimum(
  actor: LiveViewer,
  until: Date,
  now = currentTime(),
): Promise<BelowMinimum[]> {
  requireLive(actor, 'live:manage');
  const rows = await db().liveSession.findMany({
    where: { status: 'SCHEDULED', startsAt: { gte: now, lt: until }, group: { cancelledAt: null } },
    select: {
      id: true,
      startsAt: true,
      taken: true,
      group: { select: { id: true, title: true, minParticipants: true } },
    },
    orderBy: { startsAt: 'asc' },
  });
  return rows
    .filter((r) => r.group && r.taken < r.group.minParticipants)
    .map((r) => ({
      sessionId: r.id,
      groupId: r.group!.id,
      title: r.group!.title,
      startsAt: r.startsAt,
      taken: r.taken,
      minParticipants: r.group!.minParticipants,
    }));
}
