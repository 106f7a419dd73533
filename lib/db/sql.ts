// Plain node-postgres for the few hot paths where Prisma's per-statement cost inside an
// interactive transaction (≈1.5 ms of latency each) would hold row locks too long — today
// PayU's payment notifications. Same DATABASE_URL, a small pool of its own.
import { messages } from '../i18n';
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export type Sql = pg.PoolClient;

const g = globalThis as unknown as { __planetaSql?: { url: string; pool: pg.Pool } };

export function sqlPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(messages().ops.notSet('DATABASE_URL'));
  if (!g.__planetaSql || g.__planetaSql.url !== url) {
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_SQL_POOL_SIZE ?? 8) });
    // A connection the server closed (a restart, a failover) is dropped from the pool; without
    // a listener its 'error' event would bring the whole process down.
    pool.on('error', (e) => {
      if (!pool.ending) console.error('[db] connection lost:', e.message);
    });
    g.__planetaSql = { url, pool };
  }
  return g.__planetaSql.pool;
}

/** Runs `fn` in one transaction on one connection; rolls back if it throws. */
export async function sqlTransaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await sqlPool().connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

export async function closeSqlPool(): Promise<void> {
  const entry = g.__planetaSql;
  g.__planetaSql = undefined;
  await entry?.pool.end();
}

/** Ids for rows written with plain SQL (Prisma fills cuid() itself; both are opaque text). */
export const newRowId = (): string => randomUUID();
