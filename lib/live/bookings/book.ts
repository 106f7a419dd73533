// Booking a session (one click): the learner or their parent, an entitled learner, before the
// start; a full session puts the person on the waiting list. Make-ups (odbiór zajęć, matplaneta
// §2.7 / S9) book a free seat in another group of the same programme for a missed session.
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import type { Tx } from '@/lib/db/client';
import { makeUpCharge } from '@/lib/live/rules/windows';
import { mayActFor, type LiveViewer } from '@/lib/live/access';
import { liveTransaction } from '@/lib/live/tx';
import { bookingFacts, entitlementRefusal, EXTRA_CHECKS } from './entitlement';
import { placeBooking, type Placement } from './place';
import { cancelPlace, type CancelResult } from './cancel';
import { dispatchEmails } from '@/lib/jobs/queues';
import { db } from '@/lib/db/client';
import { placeAtOnce } from './place-at-once';
import { addCentreMakeUpFee } from '@/lib/centres/makeups/fee';

async function openSession(tx: Tx, sessionId: string, learnerId: string, now: Date) {
  const s = await bookingFacts(tx, sessionId, learnerId, now);
  if (!s) throw new NotFoundError('live session');
  if (s.status !== 'SCHEDULED' || s.groupCancelled) throw new UserError('liveEngine.sessionNotScheduled');
  if (now.getTime() >= s.startsAt.getTime()) throw new UserError('liveEngine.sessionStarted');
  return s;
}

async function actFor(tx: Tx, actor: LiveViewer, learnerId: string) {
  if (!(await mayActFor(tx, actor, learnerId))) throw new NotFoundError('learner');
}

/** Books `learnerId` on the session (or queues them); the actor is the learner or their parent. */
export async function bookSession(
  actor: LiveViewer,
  learnerId: string,
  sessionId: string,
  now = currentTime(),
): Promise<Placement> {
  // The common case is one statement that checks everything itself (place-at-once.ts).
  const extra = EXTRA_CHECKS.length > 0;
  const fast = extra ? null : await placeAtOnce({ sessionId, learnerId, bookedById: actor.id }, now);
  if (fast) return fast;
  // Otherwise the checks say why it is refused, and the locking path books what remains: slots,
  // a re-booking after a cancellation, a seat freed under the statement.
  const tx = db();
  await actFor(tx, actor, learnerId);
  const s = await openSession(tx, sessionId, learnerId, now);
  const refusal = await entitlementRefusal(tx, learnerId, s, now);
  if (refusal) throw new UserError(refusal);
  const slot = s.groupId === null;
  if (extra && !slot) {
    const placed = await placeAtOnce({ sessionId, learnerId, bookedById: actor.id }, now);
    if (placed) return placed;
  }
  return liveTransaction((t) =>
    placeBooking(t, {
      sessionId,
      learnerId,
      bookedById: actor.id,
      kind: slot ? 'SLOT' : 'REGULAR',
      waitlist: slot ? 'liveEngine.slotTaken' : true,
    }),
  );
}

export type MakeUpPlacement = Placement & {
  charge: 'free' | 'single-class-price';
  released: CancelResult | null;
  /** A learning centre's late make-up: the FEE added to the child's contract (S9), else null. */
  feeChargeId: string | null;
};

/**
 * A member of the missed session's group books a free seat in `sessionId` of another group of the
 * same programme. After the deadline (windows.makeUpDeadline) it is still booked, marked for the
 * single-class price. Their own seat in the missed session, if still ahead, is given up in the
 * same transaction (and goes to the first waiting person). A centre group's late make-up adds its
 * fee to the child's contract in that transaction too (lib/centres/makeups/fee.ts), on every path.
 */
export async function bookMakeUp(
  actor: LiveViewer,
  learnerId: string,
  missedSessionId: string,
  sessionId: string,
  now = currentTime(),
): Promise<MakeUpPlacement> {
  const result = await liveTransaction(async (tx) => {
    await actFor(tx, actor, learnerId);
    const missed = await bookingFacts(tx, missedSessionId, learnerId, now);
    if (!missed?.groupId) throw new NotFoundError('live session');
    if (!missed.isMember) throw new UserError('liveEngine.makeUpNotMember');
    const target = await openSession(tx, sessionId, learnerId, now);
    if (!target.groupId) throw new UserError('liveEngine.makeUpOtherProgramme');
    if (target.groupId === missed.groupId) throw new UserError('liveEngine.makeUpSameGroup');
    if (target.programme !== missed.programme) throw new UserError('liveEngine.makeUpOtherProgramme');
    const twice = await tx.liveBooking.findFirst({
      where: { userId: learnerId, makeUpForId: missed.id, status: { in: ['BOOKED', 'WAITING'] } },
      select: { id: true },
    });
    if (twice) throw new UserError('liveEngine.makeUpTwice');
    const charge = makeUpCharge(missed.startsAt, now);
    const placed = await placeBooking(tx, {
      sessionId,
      learnerId,
      bookedById: actor.id,
      kind: 'MAKEUP',
      makeUpForId: missed.id,
      charge,
      waitlist: 'liveEngine.makeUpFull',
    });
    const released =
      missed.startsAt.getTime() > now.getTime()
        ? await cancelPlace(tx, missed.id, learnerId, now, { force: true })
        : null;
    const feeChargeId =
      charge === 'single-class-price' && placed.status === 'BOOKED'
        ? await addCentreMakeUpFee(tx, learnerId, missed.id, now)
        : null;
    return { ...placed, charge, released, feeChargeId };
  });
  await dispatchEmails(result.released?.emailIds ?? []);
  return result;
}
