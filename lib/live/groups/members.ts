// Members of an enrolled (MEMBERS) group: joining books every session still ahead, leaving gives
// those seats back (each to the first person waiting). The group never has more members than seats.
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError, isUniqueViolation } from '@/lib/errors';
import { dispatchEmails } from '@/lib/jobs/queues';
import { requireLive, type LiveViewer } from '@/lib/live/access';
import { placeBooking } from '@/lib/live/bookings/place';
import { cancelPlace } from '@/lib/live/bookings/cancel';
import { liveTransaction } from '@/lib/live/tx';

export async function addMember(actor: LiveViewer, groupId: string, userId: string, now = currentTime()) {
  requireLive(actor, 'live:manage');
  try {
    return await liveTransaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "LiveGroup" WHERE "id" = ${groupId} FOR UPDATE`;
      const g = await tx.liveGroup.findUnique({
        where: { id: groupId },
        select: { capacity: true, cancelledAt: true, _count: { select: { members: true } } },
      });
      if (!g) throw new NotFoundError('live group');
      if (g.cancelledAt) throw new UserError('liveEngine.groupCancelled');
      if (g._count.members >= g.capacity) throw new UserError('liveEngine.groupFull');
      await tx.liveGroupMember.create({ data: { groupId, userId } });
      const ahead = await tx.liveSession.findMany({
        where: { groupId, status: 'SCHEDULED', startsAt: { gt: now } },
        select: { id: true },
      });
      let waiting = 0;
      for (const s of ahead) {
        const existing = await tx.liveBooking.findUnique({
          where: { sessionId_userId: { sessionId: s.id, userId } },
          select: { status: true },
        });
        if (existing && existing.status !== 'CANCELLED') continue;
        const p = await placeBooking(tx, {
          sessionId: s.id,
          learnerId: userId,
          bookedById: actor.id,
          kind: 'REGULAR',
          waitlist: true,
        });
        if (p.status === 'WAITING') waiting++;
      }
      return { booked: ahead.length - waiting, waiting };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError('liveEngine.alreadyMember');
    throw e;
  }
}

export async function removeMember(actor: LiveViewer, groupId: string, userId: string, now = currentTime()) {
  requireLive(actor, 'live:manage');
  const emailIds = await liveTransaction(async (tx) => {
    const { count } = await tx.liveGroupMember.deleteMany({ where: { groupId, userId } });
    if (count === 0) throw new UserError('liveEngine.notMember');
    const ahead = await tx.liveSession.findMany({
      where: { groupId, status: 'SCHEDULED', startsAt: { gt: now } },
      select: { id: true },
    });
    const ids: string[] = [];
    for (const s of ahead) ids.push(...(await cancelPlace(tx, s.id, userId, now, { force: true })).emailIds);
    return ids;
  });
  await dispatchEmails(emailIds);
}
