// The common case of booking (a popular class opening): a person with no place in a scheduled
// session of a group, entitled to it, gets a seat or a waiting place in ONE statement, with
// nothing read beforehand: the actor may act for the learner, the session is open, the
// entitlement rule (entitlement.ts, with the contract gate of #19) holds, then the seat UPDATE,
// the booking row and the waiting position. Anything else writes nothing and the locking path in
// book.ts decides (a refusal and its reason, a slot, a re-booking after a cancellation, a seat
// freed under us, a concurrent twin). With nothing in flight the statement runs alone in
// autocommit; under load requests are group-committed (group-commit.ts): up to 16 go as one call
// of the plpgsql function live_book_batch, the same statement per element in one transaction, so
// one commit flush serves them all — the booking row's flushed commit was half of its cost and
// kept the bench at 0.3 of the floor; batched it gives 0.6–0.7 (bench/NOTES-booking.md).
// Pinned by tests/integration/live-booking.test.ts (50 concurrent → 12 booked, 38 waiting; the
// seat rule table) and live-booking-batch.test.ts (the batch and its failures).
import { newRowId, sqlPool } from '@/lib/db/sql';
import { sqlPoolSize } from '@/lib/config/env';
import { groupCommit, type GroupCommit } from './group-commit';
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

type Row = { id: string; status: 'BOOKED' | 'WAITING'; ahead: number | null };
type Item = { sessionId: string; bookingId: string; learnerId: string; bookedById: string; now: Date };

const placement = (row: Row | undefined): Placement | null =>
  row
    ? { bookingId: row.id, status: row.status, position: row.status === 'WAITING' ? (row.ahead ?? 0) + 1 : null }
    : null;

/** The statement alone, in autocommit (no load, or one element of a failed batch). */
export async function placeAlone(p: Item): Promise<Placement | null> {
  try {
    const { rows } = await sqlPool().query<Row>({
      name: 'live-book-at-once',
      text: BOOK_AT_ONCE,
      values: [p.sessionId, p.bookingId, p.learnerId, p.bookedById, p.now],
    });
    return placement(rows[0]);
  } catch (e) {
    if (isUniqueViolation(e)) return null;
    throw e;
  }
}

// The batch: the same statement per element, in a plpgsql function (migration
// *_live_book_batch, written from BOOK_BATCH_FUNCTION below; the integration test fails when the
// installed body is not this one). Each statement of a VOLATILE function takes a fresh snapshot,
// so an element sees the seats and places of the elements before it; each runs in its own
// subtransaction, so a twin losing on the unique index undoes only itself.
const VARIABLES = ['v_session', 'v_id', 'v_learner', 'v_actor', 'v_now'];
const LAST_FROM = '\n  FROM placed p';
if (!BOOK_AT_ONCE.endsWith(LAST_FROM) || BOOK_AT_ONCE.includes('\\')) throw new Error('BOOK_AT_ONCE changed shape');
export const BOOK_BATCH_BODY = `
DECLARE
  v_session text;  v_id text;  v_learner text;  v_actor text;  v_now timestamptz;
  v_booked text;  v_status text;  v_ahead int;
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_sessions, 1), 0) LOOP
    v_session := p_sessions[i];  v_id := p_ids[i];  v_learner := p_learners[i];  v_actor := p_actors[i];  v_now := p_nows[i];
    BEGIN
${BOOK_AT_ONCE.slice(0, -LAST_FROM.length).replace(/\$([1-5])(?!\d)/g, (_, k: string) => VARIABLES[Number(k) - 1])}
        INTO v_booked, v_status, v_ahead${LAST_FROM};
    EXCEPTION WHEN unique_violation THEN
      v_booked := NULL;  v_status := NULL;  v_ahead := NULL;
    END;
    n := i;  booking_id := v_booked;  booking_status := v_status;  queue_ahead := v_ahead;
    RETURN NEXT;
  END LOOP;
END`;

/** The migration's statement (conventions §9: semicolons as \073 in an E'' string). */
export const BOOK_BATCH_FUNCTION = `CREATE OR REPLACE FUNCTION "live_book_batch"(
  p_sessions text[], p_ids text[], p_learners text[], p_actors text[], p_nows timestamptz[])
RETURNS TABLE (n int, booking_id text, booking_status text, queue_ahead int) LANGUAGE plpgsql VOLATILE AS E'${BOOK_BATCH_BODY.replace(/'/g, "''").replace(/;/g, '\\073')}';`;

/** Several elements in one round trip and one transaction; one result per element, in order. */
export async function placeBatch(items: Item[]): Promise<(Placement | null)[]> {
  // Session rows are locked in one order by every batch, so two batches never deadlock.
  const order = items
    .map((_, i) => i)
    .sort((a, b) =>
      items[a].sessionId < items[b].sessionId ? -1 : items[a].sessionId > items[b].sessionId ? 1 : a - b,
    );
  const sorted = order.map((i) => items[i]);
  const { rows } = await sqlPool().query<{
    n: number;
    booking_id: string | null;
    booking_status: Row['status'] | null;
    queue_ahead: number | null;
  }>({
    name: 'live-book-batch',
    text: `SELECT n, booking_id, booking_status, queue_ahead
             FROM "live_book_batch"($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])`,
    values: [
      sorted.map((p) => p.sessionId),
      sorted.map((p) => p.bookingId),
      sorted.map((p) => p.learnerId),
      sorted.map((p) => p.bookedById),
      sorted.map((p) => p.now),
    ],
  });
  const out: (Placement | null)[] = items.map(() => null);
  for (const r of rows)
    if (r.booking_id && r.booking_status)
      out[order[r.n - 1]] = placement({ id: r.booking_id, status: r.booking_status, ahead: r.queue_ahead });
  return out;
}

/** An element of a failed batch alone; a batch that did commit after all (the answer lost) is found by its id. */
export async function retryAlone(p: Item): Promise<Placement | null> {
  const placed = await placeAlone(p);
  if (placed) return placed;
  const { rows } = await sqlPool().query<Row>(
    `SELECT b."id", b."status"::text AS "status",
            (SELECT count(*) FROM "LiveBooking" w WHERE w."sessionId" = b."sessionId" AND w."status" = 'WAITING'
                AND w."queueNo" < b."queueNo")::int AS "ahead"
       FROM "LiveBooking" b WHERE b."id" = $1 AND b."status" <> 'CANCELLED'`,
    [p.bookingId],
  );
  return placement(rows[0]);
}

// K batches in flight: about half the sql pool, the rest left to the other users of the pool and
// to the batches' commit flushes; a batch of at most CAP elements, since its seat UPDATEs hold
// their sessions' rows until it commits. Measured in bench/NOTES-booking.md.
export const BATCHES_IN_FLIGHT = Math.max(1, Math.floor(sqlPoolSize() / 2));
export const BATCH_CAP = 16;

const g = globalThis as unknown as { __planetaBookAtOnce?: GroupCommit<Item, Placement | null> };
export const bookAtOnceBatches = (): GroupCommit<Item, Placement | null> =>
  (g.__planetaBookAtOnce ??= groupCommit({
    batch: placeBatch,
    alone: placeAlone,
    retry: retryAlone,
    inFlight: BATCHES_IN_FLIGHT,
    cap: BATCH_CAP,
  }));

/**
 * Books or queues in one statement; null when it wrote nothing and the locking path must decide.
 * A waiting position counts the places visible when the statement began (a place queued at the
 * same moment may be missing from it); the roster shows the order itself.
 */
export function placeAtOnce(
  p: { sessionId: string; learnerId: string; bookedById: string },
  now: Date,
): Promise<Placement | null> {
  return bookAtOnceBatches().submit({ ...p, bookingId: newRowId(), now });
}
