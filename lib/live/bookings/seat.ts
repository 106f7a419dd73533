// The seat counter of a session. A seat is taken by ONE conditional UPDATE, so two concurrent
// bookings can never both take the last seat (the row lock serialises them and the second sees
// taken = capacity). Raw SQL because the condition must be evaluated by PostgreSQL on the locked
// row, which Prisma's update cannot express (docs/conventions.md §10); pinned by
// tests/integration/live-booking.test.ts against the rule `taken < capacity` and measured by
// bench/booking.bench.ts.
import type { Tx } from '@/lib/db/client';

/** Takes a seat if one is free and the session is scheduled; false when full or cancelled. */
export async function takeSeat(tx: Tx, sessionId: string): Promise<boolean> {
  const n = await tx.$executeRaw`
    UPDATE "LiveSession" SET "taken" = "taken" + 1, "updatedAt" = now()
    WHERE "id" = ${sessionId} AND "taken" < "capacity" AND "status" = 'SCHEDULED'`;
  return n === 1;
}

/** Gives a seat back (a booking cancelled with nobody waiting). */
export async function releaseSeat(tx: Tx, sessionId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "LiveSession" SET "taken" = "taken" - 1, "updatedAt" = now() WHERE "id" = ${sessionId} AND "taken" > 0`;
}

/**
 * Locks the session row, so seat decisions (promotion, capacity) see no concurrent change. NO KEY
 * UPDATE, the seat UPDATE's own lock: FOR UPDATE would also wait for the foreign-key locks that
 * concurrent booking inserts hold on the row, and deadlock with them.
 */
export async function lockSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "LiveSession" WHERE "id" = ${sessionId} FOR NO KEY UPDATE`;
}
