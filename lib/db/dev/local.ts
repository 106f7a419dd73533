// Where the database comes from when the app is run from a checkout: DATABASE_URL if given
// (nothing embedded starts), else the embedded PostgreSQL with its data under .data/pg.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { startEmbeddedPostgres } from './embedded';
import { ensureDatabaseExists } from './admin';
import { localDatabaseEnv } from '@/lib/config/env';

export type LocalDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export const DATA_DIR = path.resolve('.data');

export async function openLocalDatabase(): Promise<LocalDatabase> {
  const local = localDatabaseEnv();
  if (local.databaseUrl) return { url: local.databaseUrl, embedded: false, stop: async () => {} };
  mkdirSync(DATA_DIR, { recursive: true });
  const server = await startEmbeddedPostgres({
    dir: path.join(DATA_DIR, 'pg'),
    port: local.embeddedPort,
  });
  try {
    const url = await ensureDatabaseExists(server.url, 'planeta');
    return { url, embedded: true, stop: server.stop };
  } catch (e) {
    await server.stop();
    throw e;
  }
}
