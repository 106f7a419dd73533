// One Prisma client per process (kept on globalThis so dev reloads and separate bundles share it).
import { messages } from '../i18n';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

const g = globalThis as unknown as { __planetaDb?: { url: string; client: PrismaClient } };

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10) }) });
}

/** The shared client for DATABASE_URL (read at first use, so tests can point it elsewhere first). */
export function db(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(messages().ops.notSet('DATABASE_URL'));
  if (!g.__planetaDb || g.__planetaDb.url !== url) g.__planetaDb = { url, client: createDb(url) };
  return g.__planetaDb.client;
}
