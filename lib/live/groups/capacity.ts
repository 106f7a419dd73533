// Staff change a group's seats and minimum: the group and every session still ahead, refused
// whole when a session has more seats taken (or the group more members) than the new capacity.
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import type { MessageCode } from '@/lib/i18n';
import { recordAudit } from '@/lib/audit';
import { dispatchEmails } from '@/lib/jobs/queues';
import { checkCapacity, type CapacityBounds } from '@/lib/live/rules/capacity';
import { requireLive, type LiveViewer } from '@/lib/live/access';
import { lockSession } from '@/lib/live/bookings/seat';
import { promoteWhileFree } from '@/lib/live/bookings/cancel';
import { liveTransaction } from '@/lib/live/tx';

export async function changeGroupCapacity(
  actor: LiveViewer,
  groupId: string,
  next: CapacityBounds,
  now = currentTime(),
): Promise<void> {
  requireLive(actor, 'live:manage');
  const shape = checkCapacity(next);
  if (!shape.ok || next.capacity > 50) {
    const code: MessageCode =
      !shape.ok && shape.reason === 'min-above-capacity'
        ? 'live.capacity.min-above-capacity'
        : 'liveEngine.badCapacity';
    throw new UserError(code, code === 'liveEngine.badCapacity' ? { capacity: code } : { minParticipants: code });
  }
  const ids = await liveTransaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "LiveGroup" WHERE "id" = ${groupId} FOR NO KEY UPDATE`;
    const g = await tx.liveGroup.findUnique({
      where: { id: groupId },
      select: { capacity: true, minParticipants: true, _count: { select: { members: true } } },
    });
    if (!g) throw new NotFoundError('live group');
    const ahead = await tx.liveSession.findMany({
      where: { groupId, status: 'SCHEDULED', startsAt: { gt: now } },
      select: { id: true },
      orderBy: { startsAt: 'asc' },
    });
    let most = g._count.members;
    for (const s of ahead) {
      await lockSession(tx, s.id);
      const { taken } = await tx.liveSession.findUniqueOrThrow({ where: { id: s.id }, select: { taken: true } });
      most = Math.max(most, taken);
    }
    if (!checkCapacity(next, most).ok) {
      const code: MessageCode = { code: 'live.capacity.below-booked', params: [most] };
      throw new UserError(code, { capacity: code });
    }
    await tx.liveGroup.update({ where: { id: groupId }, data: next });
    await tx.liveSession.updateMany({
      where: { id: { in: ahead.map((s) => s.id) } },
      data: { capacity: next.capacity },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'live.group.capacity',
      objectType: 'liveGroup',
      objectId: groupId,
      before: { capacity: g.capacity, minParticipants: g.minParticipants },
      after: next,
    });
    const emails: string[] = [];
    for (const s of ahead) emails.push(...(await promoteWhileFree(tx, s.id, now)));
    return emails;
  });
  await dispatchEmails(ids);
}
