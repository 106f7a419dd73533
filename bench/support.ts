// Shared pieces of the benchmarks: a throw-away database and the result line.
import { startEmbeddedPostgres } from '../lib/db/dev/embedded';
import { dropDatabase, ensureDatabaseExists } from '../lib/db/dev/admin';
import { applyMigrations } from '../lib/db/dev/schema-engine';

export type BenchResult = {
  bench: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  [k: string]: unknown;
};

export function report(result: BenchResult): void {
  console.log(JSON.stringify(result));
}

/** A migrated database of its own (embedded, or a fresh one on DATABASE_URL's server). */
export async function benchDatabase(name: string): Promise<{ url: string; close: () => Promise<void> }> {
  const external = process.env.DATABASE_URL;
  const server = external ? null : await startEmbeddedPostgres({ temporary: true });
  const serverUrl = external ?? server!.url;
  const dbName = `bench_${name.replace(/\W/g, '_')}_${process.pid}`;
  const url = await ensureDatabaseExists(serverUrl, dbName);
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  process.env.APP_URL ??= 'http://localhost:3000';
  process.env.AUTH_SECRET ??= 'bench-secret-bench-secret-bench-secret-xx';
  return {
    url,
    close: async () => {
      // Whatever the bench queued for pg-boss goes first, then the queue stops (or the process never exits).
      await (await import('../lib/jobs/queues')).emailsDispatched();
      await (await import('../lib/jobs/boss')).stopBoss();
      const { db } = await import('../lib/db/client');
      await db().$disconnect();
      await (await import('../lib/db/sql')).closeSqlPool();
      if (server) await server.stop();
      else await dropDatabase(serverUrl, dbName);
    },
  };
}

/** Runs `fn` `n` times with `concurrency` in flight; returns the elapsed milliseconds. */
export async function timed(n: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await fn(next++);
    }),
  );
  return performance.now() - t0;
}
