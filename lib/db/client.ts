// One Prisma client per process (kept on globalThis so dev reloads and separate bundles share it).
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseUrl, dbPoolSize } from '@/lib/config/env';
import { PrismaClient } from './generated/client';

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

const g = globalThis as unknown as { __planetaDb?: { url: string; client: PrismaClient } };

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: dbPoolSize() }) });
}

/** The shared client for DATABASE_URL (read at first use, so tests can point it elsewhere first). */
export function db(): PrismaClient {
  const url = databaseUrl();
  if (!g.__planetaDb || g.__planetaDb.url !== url) g.__planetaDb = { url, client: createDb(url) };
  return g.__planetaDb.client;
}

/**
 * Tests and benches: from now on the shared client is one that counts the SQL statements it
 * sends (raw ones included), to prove a page or a report asks a constant number of them.
 */
export function countQueries(): { readonly count: number; stop: () => Promise<void> } {
  const url = databaseUrl();
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: dbPoolSize() }),
    log: [{ emit: 'event', level: 'query' }],
  });
  const before = g.__planetaDb;
  g.__planetaDb = { url, client };
  const counter = { count: 0, stop: async () => {} };
  client.$on('query', () => counter.count++);
  counter.stop = async () => {
    g.__planetaDb = before;
    await client.$disconnect();
  };
  return counter;
}
