// When a learner's entitlement ends (#19: a suspended or ended contract, B9), their future
// bookings and waiting places are cancelled, each seat going to the first person waiting. The
// caller (the contracts job) decides when; this is safe to run twice.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { dispatchEmails } from '@/lib/jobs/queues';
import { liveTransaction } from '@/lib/live/tx';
import { cancelPlace } from './cancel';

/** Cancels the learner's bookings of sessions starting after `now` (optionally only one course's). */
export async function cancelFutureBookings(learnerId: string, opts: { courseId?: string } = {}, now = currentTime()) {
  const ahead = await db().liveBooking.findMany({
    where: {
      userId: learnerId,
      status: { in: ['BOOKED', 'WAITING'] },
      session: {
        startsAt: { gt: now },
        ...(opts.courseId ? { OR: [{ courseId: opts.courseId }, { group: { courseId: opts.courseId } }] } : {}),
      },
    },
    select: { sessionId: true },
  });
  const ids: string[] = [];
  for (const b of ahead)
    ids.push(
      ...(await liveTransaction((tx) => cancelPlace(tx, b.sessionId, learnerId, now, { force: true }))).emailIds,
    );
  await dispatchEmails(ids);
  return { cancelled: ahead.length };
}
