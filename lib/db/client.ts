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
