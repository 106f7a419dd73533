// The hot path of booking (a popular class opening): the seat UPDATE and the booking row in ONE
// statement, in a short node-postgres transaction. Through Prisma's interactive transaction the
// same work made ~8 round trips with the session's row lock held for most of them: 58 bookings/s
// against 597/s for the bare UPDATE (ratio 0.10, bench/booking.bench.ts, 200 in flight, 2 shared
// cores); this path holds the lock for one statement and the commit: with the one-statement
// entitlement read (entitlement.ts) 250/s against 499/s (0.43–0.50 over runs; the floor itself
// varies 260–820/s on this shared machine). Pinned by tests/integration/live-booking.test.ts
// (50 concurrent → 12 booked, 38 waiting; the seat rule `taken < capacity` table).
import { newRowId, sqlPool, sqlTransaction } from '@/lib/db/sql';
import { UserError } from '@/lib/errors';
import type { Placement } from './place';

// $1 session  $2 new booking id  $3 learner  $4 booked by  $5 kind  $6 now
const BOOK_AT_ONCE = `
WITH seat AS (
       UPDATE "LiveSession" SET "taken" = "taken" + 1, "updatedAt" = $6
        WHERE "id" = $1 AND "taken" < "capacity" AND "status" = 'SCHEDULED' AND "startsAt" > $6
        RETURNING "id"),
     placed AS (
       INSERT INTO "LiveBooking" ("id", "sessionId", "userId", "bookedById", "status", "kind", "charge", "createdAt", "updatedAt")
       SELECT $2, s."id", $3, $4,
              (CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'BOOKED' ELSE 'WAITING' END)::"LiveBookingStatus",
              $5::"LiveBookingKind", 'free', $6, $6
         FROM "LiveSession" s WHERE s."id" = $1 AND s."status" = 'SCHEDULED' AND s."startsAt" > $6
       ON CONFLICT ("sessionId", "userId") DO UPDATE SET
              "status" = EXCLUDED."status", "kind" = EXCLUDED."kind", "bookedById" = EXCLUDED."bookedById",
              "makeUpForId" = NULL, "charge" = 'free', "queueNo" = nextval('"LiveBooking_queueNo_seq"'),
              "attended" = NULL, "promotedAt" = NULL, "cancelledAt" = NULL, "updatedAt" = EXCLUDED."updatedAt"
        WHERE "LiveBooking"."status" = 'CANCELLED'
       RETURNING "id", "status"::text AS "status", "queueNo")
SELECT * FROM placed`;

// A WAITING result must not leave a seat free: a cancellation that committed after our snapshot
// found nobody waiting and gave its seat back. Locks the row and looks.
const SEAT_FREED = `SELECT "taken" < "capacity" AS "free" FROM "LiveSession" WHERE "id" = $1 FOR NO KEY UPDATE`;

/**
 * Books or queues in one statement. 'retry' when a seat was freed under us while we queued (the
 * caller books through the locking path instead); throws alreadyBooked / sessionNotScheduled.
 */
export async function placeAtOnce(
  p: { sessionId: string; learnerId: string; bookedById: string; kind: 'REGULAR' | 'SLOT' },
  now: Date,
): Promise<Placement | 'retry'> {
  const out = await sqlTransaction(async (sql) => {
    const { rows } = await sql.query<{ id: string; status: 'BOOKED' | 'WAITING'; queueNo: string }>(BOOK_AT_ONCE, [
      p.sessionId,
      newRowId(),
      p.learnerId,
      p.bookedById,
      p.kind,
      now,
    ]);
    if (rows.length === 0) {
      const { rows: live } = await sql.query(
        `SELECT 1 FROM "LiveBooking" WHERE "sessionId" = $1 AND "userId" = $2 AND "status" <> 'CANCELLED'`,
        [p.sessionId, p.learnerId],
      );
      throw new UserError(live.length > 0 ? 'liveEngine.alreadyBooked' : 'liveEngine.sessionNotScheduled');
    }
    const row = rows[0];
    if (row.status === 'WAITING') {
      const { rows: free } = await sql.query<{ free: boolean }>(SEAT_FREED, [p.sessionId]);
      if (free[0]?.free) throw new RetryLocked();
    }
    return row;
  }).catch((e: unknown) => {
    if (e instanceof RetryLocked) return 'retry' as const;
    throw e;
  });
  if (out === 'retry') return out;
  if (out.status === 'BOOKED') return { bookingId: out.id, status: 'BOOKED', position: null };
  const { rows } = await sqlPool().query<{ ahead: string }>(
    `SELECT count(*) AS "ahead" FROM "LiveBooking" WHERE "sessionId" = $1 AND "status" = 'WAITING' AND "queueNo" < $2`,
    [p.sessionId, out.queueNo],
  );
  return { bookingId: out.id, status: 'WAITING', position: Number(rows[0].ahead) + 1 };
}

class RetryLocked extends Error {}
