// The common case of booking (a popular class opening): a person with no place in a scheduled
// session of a group, entitled to it, gets a seat or a waiting place in ONE statement in
// autocommit, with nothing read beforehand: the actor may act for the learner, the session is
// open, the entitlement rule (entitlement.ts, with the contract gate of #19) holds, then the seat
// UPDATE, the booking row and the waiting position. Anything else writes nothing and the locking
// path in book.ts decides (a refusal and its reason, a slot, a re-booking after a cancellation,
// a seat freed under us, a concurrent twin). Measured by bench/booking.bench.ts; pinned by
// tests/integration/live-booking.test.ts (50 concurrent → 12 booked, 38 waiting; the seat rule table).
import { newRowId, sqlPool } from '@/lib/db/sql';
import { isUniqueViolation } from '@/lib/errors';
import type { Placement } from './place';
import { ENROLMENT_SQL, MEMBER_SQL } from './entitlement';
import { warsawDay } from './contract-gate';

// $1 session  $2 new booking id  $3 learner  $4 actor  $5 now
//
// `held`: when the seat UPDATE finds the session full, the row is locked (as cancellations lock
// it) and read again at its latest version. Still full: the waiting place is written under that
// lock, so a cancellation after us sees it and promotes it. A seat freed since our snapshot:
// nothing is written (the locking path takes the seat). A twin request of the same person loses
// on the unique (session, person) index and the whole statement is undone, its seat included.
export const BOOK_AT_ONCE = `
WITH ok AS (
       SELECT s."id" FROM "LiveSession" s JOIN "LiveGroup" g ON g."id" = s."groupId"
        WHERE s."id" = $1 AND s."status" = 'SCHEDULED' AND s."startsAt" > $5 AND g."cancelledAt" IS NULL
          AND ($4::text = $3::text OR EXISTS (SELECT 1 FROM "Child" ch WHERE ch."parentId" = $4 AND ch."userId" = $3))
          AND NOT EXISTS (SELECT 1 FROM "LiveBooking" b WHERE b."sessionId" = $1 AND b."userId" = $3)
          AND CASE g."bookingMode"
                WHEN 'MEMBERS' THEN ${MEMBER_SQL('g."id"', '$3', warsawDay('$5'))}
                ELSE ${ENROLMENT_SQL('COALESCE(g."courseId", s."courseId")', '$3', '$5', warsawDay('$5'))}
              END),
     seat AS (
       UPDATE "LiveSession" SET "taken" = "taken" + 1, "updatedAt" = $5
        WHERE "id" = (SELECT "id" FROM ok) AND "taken" < "capacity" AND "status" = 'SCHEDULED' AND "startsAt" > $5
        RETURNING "id"),
     held AS (
       SELECT (s."taken" < s."capacity") AS "free" FROM "LiveSession" s
        WHERE s."id" = (SELECT "id" FROM ok) AND s."status" = 'SCHEDULED' AND NOT EXISTS (SELECT 1 FROM seat)
          FOR NO KEY UPDATE),
     placed AS (
       INSERT INTO "LiveBooking" ("id", "sessionId", "userId", "bookedById", "status", "kind", "charge", "createdAt", "updatedAt")
       SELECT $2, ok."id", $3, $4,
              (CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'BOOKED' ELSE 'WAITING' END)::"LiveBookingStatus",
              'REGULAR', 'free', $5, $5
         FROM ok
        WHERE EXISTS (SELECT 1 FROM seat) OR EXISTS (SELECT 1 FROM held WHERE NOT held."free")
       RETURNING "id", "status"::text AS "status", "queueNo")
SELECT p."id", p."status",
       CASE WHEN p."status" = 'WAITING' THEN
         (SELECT count(*) FROM "LiveBooking" w
           WHERE w."sessionId" = $1 AND w."status" = 'WAITING' AND w."queueNo" < p."queueNo")::int END AS "ahead"
  FROM placed p`;

/**
 * Books or queues in one statement; null when it wrote nothing and the locking path must decide.
 * A waiting position counts the places visible when the statement began (a place queued at the
 * same moment may be missing from it); the roster shows the order itself.
 */
export async function placeAtOnce(
  p: { sessionId: string; learnerId: string; bookedById: string },
  now: Date,
): Promise<Placement | null> {
  try {
    const { rows } = await sqlPool().query<{ id: string; status: 'BOOKED' | 'WAITING'; ahead: number | null }>({
      name: 'live-book-at-once',
      text: BOOK_AT_ONCE,
      values: [p.sessionId, newRowId(), p.learnerId, p.bookedById, now],
    });
    const row = rows[0];
    if (!row) return null;
    return { bookingId: row.id, status: row.status, position: row.status === 'WAITING' ? (row.ahead ?? 0) + 1 : null };
  } catch (e) {
    if (isUniqueViolation(e)) return null;
    throw e;
  }
}
