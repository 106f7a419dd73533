// Where a signed-in lesson page's SQL goes (npx tsx bench/lesson-profile.ts, after `npm run build`):
// the bench's server, database and learner, then PostgreSQL's own counters around a number of
// requests of the lesson and of the static page. Per request: transactions (a statement outside one
// counts as one) and, per table, the scans that read it, so a header query shows as its tables.
// Also the CPU each request costs the web server and PostgreSQL, its time when sent one at a
// time, and the page's size.
// The counters reach pg_stat_* when a backend has been idle for a while, hence the pause.
import { readdirSync, readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { lessonBench } from './lesson-fixture';
import { BASE, signIn, startServer, stopServer } from './http-support';

const REQUESTS = 100;
const SETTLE_MS = 11_000;

const { database, db, lessonPath } = await lessonBench('lesson-profile');
const pgPort = new URL(database.url).port;

/**
 * CPU ms (user + system) of the web server and of the PostgreSQL cluster on `pgPort`: the
 * postmaster and its children (the server's pooled connections live through the measurement).
 */
function cpu(server: ChildProcess, pgPort: string): { web: number; pg: number } {
  const stat = (pid: string) => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    } catch {
      return null;
    }
  };
  const ms = (f: string[] | null) => (f ? ((Number(f[11]) + Number(f[12])) * 1000) / 100 : 0);
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const master = pids.find((pid) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return cmd[0]!.endsWith('/postgres') && cmd.includes('-D') && cmd[cmd.indexOf('-p') + 1] === pgPort;
    } catch {
      return false;
    }
  });
  let pg = 0;
  for (const pid of pids) {
    const f = stat(pid);
    if (pid === master || (f && f[1] === master)) pg += ms(f);
  }
  return { web: ms(stat(String(server.pid))), pg };
}

type Counters = { xacts: number; tables: Map<string, number> };
async function counters(): Promise<Counters> {
  const [x] = await db().$queryRaw<{ n: bigint }[]>`
    SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`;
  const rows = await db().$queryRaw<{ relname: string; n: bigint }[]>`
    SELECT relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) AS n FROM pg_stat_user_tables`;
  return { xacts: Number(x!.n), tables: new Map(rows.map((r) => [r.relname, Number(r.n)])) };
}

async function profile(label: string, path: string, cookie: string, server: ChildProcess) {
  for (let i = 0; i < 5; i++) await (await fetch(BASE + path, { headers: { cookie } })).arrayBuffer();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const before = await counters();
  const cpuBefore = cpu(server, pgPort);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const r = await fetch(BASE + path, { headers: { cookie } });
    bytes = (await r.arrayBuffer()).byteLength;
    times.push(performance.now() - t);
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
  }
  const cpuAfter = cpu(server, pgPort);
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
  const cpuPer = (k: 'web' | 'pg') => ((cpuAfter[k] - cpuBefore[k]) / REQUESTS).toFixed(1);
  console.log(`  CPU per request: web server ${cpuPer('web')} ms, PostgreSQL ${cpuPer('pg')} ms`);
  console.log(`  one at a time: median ${times[REQUESTS >> 1]!.toFixed(1)} ms, ${(bytes / 1024).toFixed(1)} kB`);
  for (const [t, n] of tables) console.log(`  ${t.padEnd(28)} ${n} scans per request`);
}

const server = await startServer();
try {
  const cookie = await signIn('kursant', 'Planeta2026');
  await profile('static page (/regulamin, anonymous)', '/regulamin', '', server);
  await profile('lesson page (signed-in learner)', lessonPath, cookie, server);
} finally {
  await stopServer(server);
  await database.close();
}
