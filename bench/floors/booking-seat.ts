// Benchmark baseline of booking: only the bare conditional seat UPDATE (seat.ts's statement), one
// autocommit statement per request, prepared, on the same node-postgres pool the booking path
// uses — so the booking bench tells what the rest (checks, the booking row, the waiting list) costs.
import { sqlPool } from '@/lib/db/sql';

export const BARE = `UPDATE "LiveSession" SET "taken" = "taken" + 1, "updatedAt" = now()
               WHERE "id" = $1 AND "taken" < "capacity" AND "status" = 'SCHEDULED'`;

export async function bareSeatUpdate(sessionId: string): Promise<boolean> {
  const r = await sqlPool().query({ name: 'bench-bare-seat', text: BARE, values: [sessionId] });
  return r.rowCount === 1;
}
