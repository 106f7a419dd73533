// Where a signed-in lesson page's SQL goes (npx tsx bench/lesson-profile.ts, after `npm run build`):
// the bench's server, database and learner, then PostgreSQL's own counters around a number of
// requests of the lesson and of the static page. Per request: transactions (a statement outside one
// counts as one) and, per table, the scans that read it, so a header query shows as its tables.
// Also each request's time when sent one at a time, and the page's size.
// The counters reach pg_stat_* when a backend has been idle for a while, hence the pause.
import { benchDatabase } from './support';
import { BASE, signIn, startServer, stopServer } from './http-support';

const REQUESTS = 50;
const SETTLE_MS = 11_000;

const database = await benchDatabase('lesson-profile');
const { seedDemoData } = await import('../lib/demo/seed');
const { seedLearningContent } = await import('../lib/demo/learning-content');
const { db } = await import('../lib/db/client');
await seedDemoData();
await seedLearningContent();
const lesson = await db().lesson.findFirstOrThrow({
  where: { module: { course: { slug: 'bhp-pracownicy-biurowi' } } },
  orderBy: [{ module: { position: 'asc' } }, { position: 'asc' }],
  select: { id: true },
});
const lessonPath = `/nauka/bhp-pracownicy-biurowi/lekcje/${lesson.id}`;

type Counters = { xacts: number; tables: Map<string, number> };
async function counters(): Promise<Counters> {
  const [x] = await db().$queryRaw<{ n: bigint }[]>`
    SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`;
  const rows = await db().$queryRaw<{ relname: string; n: bigint }[]>`
    SELECT relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) AS n FROM pg_stat_user_tables`;
  return { xacts: Number(x!.n), tables: new Map(rows.map((r) => [r.relname, Number(r.n)])) };
}

async function profile(label: string, path: string, cookie: string) {
  for (let i = 0; i < 5; i++) await (await fetch(BASE + path, { headers: { cookie } })).arrayBuffer();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const before = await counters();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const r = await fetch(BASE + path, { headers: { cookie } });
    bytes = (await r.arrayBuffer()).byteLength;
    times.push(performance.now() - t);
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
  }
  times.sort((a, b) => a - b);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const after = await counters();
  // The first read's own two transactions are counted in `after`.
  const perRequest = (a: number, b: number) => +((a - b) / REQUESTS).toFixed(2);
  const tables = [...after.tables]
    .map(([t, n]) => [t, perRequest(n, before.tables.get(t) ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  console.log(`${label}: ${perRequest(after.xacts - 2, before.xacts)} transactions per request`);
  console.log(`  one at a time: median ${times[REQUESTS >> 1]!.toFixed(1)} ms, ${(bytes / 1024).toFixed(1)} kB`);
  for (const [t, n] of tables) console.log(`  ${t.padEnd(28)} ${n} scans per request`);
}

const server = await startServer();
try {
  const cookie = await signIn('kursant', 'Planeta2026');
  await profile('static page (/regulamin, anonymous)', '/regulamin', '');
  await profile('lesson page (signed-in learner)', lessonPath, cookie);
} finally {
  await stopServer(server);
  await database.close();
}
