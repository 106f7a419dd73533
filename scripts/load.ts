// npm run load [-- --duration 60 --learners 200 --port 3400]: the platform under 200 signed-in
// learners at once (issue 25). A server started exactly like `npm start` (scripts/start.ts: build
// when needed, migrations, demo data, simulators, the standalone server with the jobs) on a fresh
// database; N learners registered and enrolled through the real services, signed in through the
// login form's flow; then autocannon keeps one connection per learner browsing the catalogue, a
// course page, their courses and lessons, twice in a row. Prints p50/p95/p99, the server's RSS
// (start/peak/end of each run) and whether it grew; exits non-zero on any error.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startEmbeddedPostgres } from '../lib/db/dev/embedded';
import { ensureDatabaseExists } from '../lib/db/dev/admin';
import { signIn } from './lib/sign-in';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    learners: { type: 'string', default: '200' },
    port: { type: 'string', default: process.env.LOAD_PORT ?? '3400' },
    // Requests per second of all learners together (their reading time); unset: back to back.
    rate: { type: 'string' },
    // A first pass not measured: the server's first renders of each page (code loaded, JIT) are
    // not growth of its memory.
    warmup: { type: 'string', default: '10' },
    runs: { type: 'string', default: '2' },
    // Diagnosis: a V8 heap snapshot of the server after each run (SIGUSR2), in this directory.
    'heap-snapshots': { type: 'string' },
  },
});
const duration = Number(args.duration);
const learners = Number(args.learners);
const port = Number(args.port);
const rate = args.rate ? Number(args.rate) : undefined;
const warmup = Number(args.warmup);
const runCount = Math.max(2, Number(args.runs));
const snapshotDir = args['heap-snapshots'] ? resolve(args['heap-snapshots']) : undefined;
const BASE = `http://localhost:${port}`;
const PASSWORD = 'Obciazenie2026!';
const COURSES = ['bhp-pracownicy-biurowi', 'angielski-b1', 'matematyka-funkcje'];

const pg = await startEmbeddedPostgres({ temporary: true });
const url = await ensureDatabaseExists(pg.url, 'planeta_load');
// The learners are registered from this process: the same origin and secret as the server's.
const AUTH_SECRET = process.env.AUTH_SECRET ?? 'load-secret-load-secret-load-secret-load';
const env = {
  ...process.env,
  AUTH_SECRET,
  DATABASE_URL: url,
  PORT: String(port),
  APP_URL: BASE,
  NEXTAUTH_URL: BASE,
  PAYU_SIM_PORT: String(port + 13),
  KSEF_SIM_PORT: String(port + 30),
  BBB_SIM_PORT: String(port + 40),
  ...(snapshotDir && {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir}`,
  }),
};
Object.assign(process.env, { DATABASE_URL: url, APP_URL: BASE, AUTH_SECRET });
const starter = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/start.ts'], {
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true, // its own process group: the starter, its simulators and the server stop together
});
let failed = false;
try {
  await waitFor(`${BASE}/api/health`, starter);
  const serverPid = findServer(starter.pid!);
  const paths = await createLearners();
  console.log(`▸ Logowanie ${learners} kursantów…`);
  const cookies: string[] = [];
  for (let i = 0; i < learners; i++) cookies.push(await signIn(BASE, email(i), PASSWORD));
  await checkPages(cookies[0], paths);

  if (warmup > 0) {
    console.log(`▸ Rozgrzewka: ${learners} połączeń przez ${warmup} s (bez pomiaru)…`);
    await run(serverPid, cookies, paths, warmup);
  }
  const runs = [];
  for (let n = 1; n <= runCount; n++) {
    console.log(`▸ Przebieg ${n}: ${learners} połączeń przez ${duration} s…`);
    runs.push(await run(serverPid, cookies, paths, duration));
    if (snapshotDir) await heapSnapshot(serverPid, snapshotDir);
  }
  for (const [i, r] of runs.entries()) {
    console.log(
      `run ${i + 1}: ${r.requests} requests (${r.rps.toFixed(1)}/s), errors ${r.errors}, ` +
        `p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms; ` +
        `RSS start ${mb(r.rss.start)} / peak ${mb(r.rss.peak)} / end ${mb(r.rss.end)} MB`,
    );
  }
  const growth = runs.at(-1)!.rss.peak / runs[0].rss.peak;
  const bounded = growth <= 1.1;
  console.log(
    `RSS ${bounded ? 'bounded' : 'GREW'}: last run's peak is ${(growth * 100).toFixed(1)} % of the first's (limit 110 %)`,
  );
  console.log(
    JSON.stringify({
      load: { learners, duration, rate: rate ?? null, warmup, runs, rssPeakGrowth: +growth.toFixed(3), bounded },
    }),
  );
  failed = runs.some((r) => r.errors > 0) || !bounded;
} catch (e) {
  console.error(e);
  failed = true;
} finally {
  await (await import('../lib/jobs/queues')).emailsDispatched();
  await (await import('../lib/jobs/boss')).stopBoss();
  await (await import('../lib/db/client')).db().$disconnect();
  await stopGroup(starter);
  await pg.stop();
}
process.exit(failed ? 1 : 0);

/** Asks the server for a heap snapshot and waits until the file is whole (its size stops changing). */
async function heapSnapshot(pid: number, dir: string) {
  const before = new Set(readdirSync(dir));
  process.kill(pid, 'SIGUSR2');
  let file: string | undefined;
  let size = -1;
  for (;;) {
    await new Promise((r) => setTimeout(r, 2000));
    file ??= readdirSync(dir).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
    if (!file) continue;
    const now = statSync(join(dir, file)).size;
    if (now === size && now > 0) break;
    size = now;
  }
  console.log(`▸ Zrzut sterty: ${join(dir, file)} (${mb(size)} MB)`);
}

function mb(bytes: number) {
  return (bytes / 2 ** 20).toFixed(0);
}

function email(i: number) {
  return `kursant-obciazenie-${i}@example.pl`;
}

/** N learners through the registration service, each enrolled in the demo courses with lessons. */
async function createLearners(): Promise<string[]> {
  const { registerUser } = await import('../lib/auth/accounts');
  const { grantEnrolment } = await import('../lib/settlement/grants');
  const { db } = await import('../lib/db/client');
  console.log(`▸ Zakładam ${learners} kont kursantów…`);
  const courses = await db().course.findMany({
    where: { slug: { in: COURSES } },
    select: { id: true, slug: true, accessMonths: true },
  });
  for (let i = 0; i < learners; i++) {
    const user = await registerUser({ firstName: 'Kursant', lastName: `Nr ${i}`, email: email(i), password: PASSWORD });
    await db().$transaction(async (tx) => {
      for (const c of courses)
        await grantEnrolment(tx, { userId: user.id, courseId: c.id, accessMonths: c.accessMonths });
    });
  }
  const paths = ['/kursy', '/moje-kursy'];
  for (const c of courses) {
    const lessons = await db().lesson.findMany({
      where: { module: { courseId: c.id } },
      orderBy: [{ module: { position: 'asc' } }, { position: 'asc' }],
      select: { id: true },
      take: 2,
    });
    paths.push(`/kursy/${c.slug}`, `/nauka/${c.slug}`, ...lessons.map((l) => `/nauka/${c.slug}/lekcje/${l.id}`));
  }
  return paths;
}

/** Every page answers 200 to a signed-in learner before the load starts (no redirect to the login). */
async function checkPages(cookie: string, paths: string[]) {
  const times: string[] = [];
  for (const p of paths) {
    for (const warm of [true, false]) {
      const t = performance.now();
      const r = await fetch(BASE + p, { headers: { cookie }, redirect: 'manual' });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${p}: HTTP ${r.status} for a signed-in learner`);
      if (!warm) times.push(`${p} ${Math.round(performance.now() - t)} ms`);
    }
  }
  // One learner alone, after a first visit: what each page costs without the crowd.
  console.log(`▸ Strony (jeden kursant): ${times.join(', ')}`);
}

type Run = {
  requests: number;
  rps: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  rss: { start: number; peak: number; end: number };
};

async function run(pid: number, cookies: string[], paths: string[], seconds: number): Promise<Run> {
  const rss = { start: rssOf(pid), peak: 0, end: 0 };
  rss.peak = rss.start;
  const sampler = setInterval(() => (rss.peak = Math.max(rss.peak, rssOf(pid))), 250);
  const times: number[] = [];
  let next = 0;
  let done!: (r: autocannon.Result) => void;
  let fail!: (e: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ([done, fail] = [resolve, reject]));
  const instance = autocannon(
    {
      url: BASE,
      connections: cookies.length,
      duration: seconds,
      timeout: 30,
      ...(rate ? { overallRate: rate } : {}),
      requests: paths.map((path) => ({ path })),
      // One connection per learner, each with their own session and its own place in the pages.
      setupClient: (client) => {
        const i = next++;
        const shift = i % paths.length;
        client.setHeaders({ cookie: cookies[i % cookies.length] });
        client.setRequests([...paths.slice(shift), ...paths.slice(0, shift)].map((path) => ({ path })));
      },
    },
    (err, result) => (err ? fail(err) : done(result)),
  );
  instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  const result = await finished;
  clearInterval(sampler);
  rss.end = rssOf(pid);
  rss.peak = Math.max(rss.peak, rss.end);
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? NaN);
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    rss,
  };
}

function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  if (!line) throw new Error(`no RSS for process ${pid}`);
  return Number(line[1]) * 1024;
}

/** The standalone server among the starter's descendants (tsx → scripts/start.ts → server.js). */
function findServer(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent is the 2nd field after the ")" that ends the command's name.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* the process ended meanwhile */
    }
  }
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    // Next renames its process (process.title), which replaces the command line shown in /proc.
    if (/standalone\/server\.js|^next-server/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) return pid;
    for (const [child, parent] of parents) if (parent === pid) queue.push(child);
  }
  throw new Error('the standalone server process was not found');
}

async function waitFor(health: string, child: ChildProcess) {
  const end = Date.now() + 600_000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    if (
      await fetch(health).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not answer /api/health');
}

async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
