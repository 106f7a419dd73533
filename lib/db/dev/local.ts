// Where the database comes from when the app is run from a checkout: DATABASE_URL if given
// (nothing embedded starts), else the embedded PostgreSQL with its data under .data/pg.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { startEmbeddedPostgres } from './embedded';
import { ensureDatabaseExists } from './admin';

export type LocalDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export const DATA_DIR = path.resolve('.data');

export async function openLocalDatabase(): Promise<LocalDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  mkdirSync(DATA_DIR, { recursive: true });
  const server = await startEmbeddedPostgres({
    dir: path.join(DATA_DIR, 'pg'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  });
  try {
    const url = await ensureDatabaseExists(server.url, 'planeta');
    return { url, embedded: true, stop: server.stop };
  } catch (e) {
    await server.stop();
    throw e;
  }
}
