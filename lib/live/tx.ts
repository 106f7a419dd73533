// The live area's transactions: bookings on one session queue behind its row lock, so a burst of
// requests (a popular class opening) must wait for a connection and the lock longer than Prisma's
// defaults (2 s / 5 s) allow.
import { db, type Tx } from '@/lib/db/client';

export function liveTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(fn, { maxWait: 20_000, timeout: 30_000 });
}
