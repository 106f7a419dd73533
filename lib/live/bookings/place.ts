// Writes one person's place in a session inside the caller's transaction: a seat if the
// conditional UPDATE gets one, else (when allowed) the end of the waiting list. One row per person
// and session (unique): a cancelled row is reused with a fresh queue number, a live one refuses.
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { lockSession, takeSeat } from './seat';

export type Placement = { bookingId: string; status: 'BOOKED' | 'WAITING'; position: number | null };

type Place = {
  sessionId: string;
  learnerId: string;
  bookedById: string;
  kind: 'REGULAR' | 'MAKEUP' | 'SLOT';
  makeUpForId?: string | null;
  charge?: 'free' | 'single-class-price';
  /** false: a full session refuses with this code instead of queueing (make-ups, slots). */
  waitlist: true | 'liveEngine.makeUpFull' | 'liveEngine.slotTaken';
};

export async function placeBooking(tx: Tx, p: Place): Promise<Placement> {
  let seated = await takeSeat(tx, p.sessionId);
  if (!seated) {
    // Full: lock the row so a cancellation in flight either frees its seat before us (we take it)
    // or sees us on the list when it promotes.
    await lockSession(tx, p.sessionId);
    seated = await takeSeat(tx, p.sessionId);
    if (!seated && p.waitlist !== true) throw new UserError(p.waitlist);
  }
  const status = seated ? 'BOOKED' : 'WAITING';
  const rows = await tx.$queryRaw<{ id: string; queueNo: bigint }[]>`
    INSERT INTO "LiveBooking" ("id", "sessionId", "userId", "bookedById", "status", "kind", "makeUpForId", "charge", "createdAt", "updatedAt")
    VALUES (${randomUUID()}, ${p.sessionId}, ${p.learnerId}, ${p.bookedById}, ${status}::"LiveBookingStatus",
            ${p.kind}::"LiveBookingKind", ${p.makeUpForId ?? null}, ${p.charge ?? 'free'}, now(), now())
    ON CONFLICT ("sessionId", "userId") DO UPDATE SET
      "status" = EXCLUDED."status", "kind" = EXCLUDED."kind", "bookedById" = EXCLUDED."bookedById",
      "makeUpForId" = EXCLUDED."makeUpForId", "charge" = EXCLUDED."charge",
      "queueNo" = nextval('"LiveBooking_queueNo_seq"'), "attended" = NULL, "promotedAt" = NULL,
      "cancelledAt" = NULL, "updatedAt" = now()
    WHERE "LiveBooking"."status" = 'CANCELLED'
    RETURNING "id", "queueNo"`;
  // No row: the person already has a live booking (perhaps a concurrent twin); the seat taken
  // above is rolled back with the transaction.
  if (rows.length === 0) throw new UserError('liveEngine.alreadyBooked');
  const { id, queueNo } = rows[0];
  if (seated) return { bookingId: id, status, position: null };
  const ahead = await tx.liveBooking.count({
    where: { sessionId: p.sessionId, status: 'WAITING', queueNo: { lt: queueNo } },
  });
  return { bookingId: id, status, position: ahead + 1 };
}
