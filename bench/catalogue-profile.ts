// Where the catalogue bench's time goes (npx tsx bench/catalogue-profile.ts, after `npm run build`):
// the bench's server and demo data, then PostgreSQL's own counters around a number of anonymous
// requests of the static page, the catalogue and a course page. Per request: transactions (a
// statement outside one counts as one) and, per table, the scans that read it; the CPU each
// request costs the web server and PostgreSQL; its time when sent one at a time; the page's size.
// The counters reach pg_stat_* when a backend has been idle for a while, hence the pause.
import { readdirSync, readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { benchDatabase } from './support';
import { BASE, startServer, stopServer } from './http-support';

const REQUESTS = 100;
const SETTLE_MS = 11_000;

const database = await benchDatabase('catalogue-profile');
const { seedDemoData } = await import('../lib/demo/seed');
const { db } = await import('../lib/db/client');
await seedDemoData();
const pgPort = new URL(database.url).port;

/** CPU ms (user + system) of the web server and of the PostgreSQL cluster on `pgPort`. */
function cpu(server: ChildProcess): { web: number; pg: number } {
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

async function profile(label: string, path: string, server: ChildProcess) {
  for (let i = 0; i < 5; i++) await (await fetch(BASE + path)).arrayBuffer();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const before = await counters();
  const cpuBefore = cpu(server);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const r = await fetch(BASE + path);
    bytes = (await r.arrayBuffer()).byteLength;
    times.push(performance.now() - t);
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
  }
  const cpuAfter = cpu(server);
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
  await profile('static page (/regulamin, anonymous)', '/regulamin', server);
  await profile('catalogue (/kursy, anonymous)', '/kursy', server);
  await profile('course page (anonymous)', '/kursy/bhp-pracownicy-biurowi', server);
} finally {
  await stopServer(server);
  await database.close();
}
