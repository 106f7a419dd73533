// Reads that may be served by a read replica (DATABASE_REPLICA_URL): the public catalogue, the
// group reports and certificate verification. Everything else — money, seats, contracts, and any
// read that must see a write just made — keeps calling db(), which is always the primary.
//
// The routing is @prisma/extension-read-replicas on the primary client: through readDb(), reads
// outside a transaction go to the replica's own PrismaClient (its own pg pool), while writes,
// raw queries and transactions still go to the primary. It is opt-in per call site, not db()
// itself extended, because a replica lags the primary: a page read right after an action (an
// order just paid, a seat just taken) must not come from a copy that has not replayed it yet.
import { readReplicas } from '@prisma/extension-read-replicas';
import { replicaDatabaseUrl } from '@/lib/config/env';
import { createDb, db, type Db } from './client';

function withReplica(primary: Db, replica: Db) {
  return primary.$extends(readReplicas({ replicas: [replica] }));
}
/** db() with its reads routed; `$replica()` and `$primary()` pick one side explicitly. */
export type ReadDb = ReturnType<typeof withReplica>;

const g = globalThis as unknown as {
  __planetaReadDb?: { primary: Db; url: string | undefined; client: ReadDb; replica?: Db };
};

/**
 * The client whose reads may come from the replica. Without DATABASE_REPLICA_URL the primary is
 * its own replica (same client, same pool), so callers have one type and one code path.
 */
export function readDb(): ReadDb {
  const url = replicaDatabaseUrl();
  const primary = db();
  const cached = g.__planetaReadDb;
  if (cached && cached.url === url && cached.primary === primary) return cached.client;
  void cached?.replica?.$disconnect();
  const replica = url ? createDb(url) : undefined;
  g.__planetaReadDb = { primary, url, replica, client: withReplica(primary, replica ?? primary) };
  return g.__planetaReadDb.client;
}

/** Closes the replica's pool (tests and scripts that end their process cleanly). */
export async function closeReplica(): Promise<void> {
  const cached = g.__planetaReadDb;
  g.__planetaReadDb = undefined;
  await cached?.replica?.$disconnect();
}
