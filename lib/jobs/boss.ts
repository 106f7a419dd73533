// pg-boss on the same PostgreSQL: jobs survive restarts and are retried when they fail.
// One instance per process (on globalThis, shared by every bundle of the Next server).
import { messages } from '@/lib/i18n';
import PgBoss from 'pg-boss';

const g = globalThis as unknown as { __planetaBoss?: { url: string; boss: Promise<PgBoss> } };

export function boss(): Promise<PgBoss> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(messages().ops.notSet('DATABASE_URL'));
  if (!g.__planetaBoss || g.__planetaBoss.url !== url) {
    const instance = new PgBoss({ connectionString: url, schema: 'pgboss', max: 4 });
    instance.on('error', (e) => console.error('[jobs]', e.message));
    g.__planetaBoss = { url, boss: instance.start().then(() => instance) };
  }
  return g.__planetaBoss.boss;
}

export async function stopBoss(): Promise<void> {
  const current = g.__planetaBoss;
  g.__planetaBoss = undefined;
  if (current) await (await current.boss).stop({ graceful: true, timeout: 5000 });
}
