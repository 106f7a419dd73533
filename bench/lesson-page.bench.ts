// lesson-page: requests per second of a signed-in lesson page (session check, access window,
// outline with progress, markdown) as a ratio to a static page of the same production server
// in the same run. Target ≥ 0.5; p95 latency of both reported.
import { spawn } from 'node:child_process';
import { benchDatabase, report } from './support';

const PORT = 3210;
const BASE = `http://localhost:${PORT}`;
const N = 400;
const CONCURRENCY = 8;

const database = await benchDatabase('lesson-page');
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

const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    APP_URL: BASE,
    NEXTAUTH_URL: BASE,
    JOBS: 'off',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});
try {
  await waitFor(`${BASE}/api/health`);
  const cookie = await signIn('kursant', 'Planeta2026');
  const page = await fetch(BASE + lessonPath, { headers: { cookie } });
  if (page.status !== 200 || !(await page.text()).includes('Obowiązki pracodawcy'))
    throw new Error('lesson page did not render for the learner');

  const staticRun = await load('/regulamin', '');
  const lessonRun = await load(lessonPath, cookie);
  report({
    bench: 'lesson-page',
    value: +lessonRun.rps.toFixed(1),
    unit: 'requests/s',
    baseline: +staticRun.rps.toFixed(1),
    ratio: +(lessonRun.rps / staticRun.rps).toFixed(3),
    p95Ms: +lessonRun.p95.toFixed(1),
    baselineP95Ms: +staticRun.p95.toFixed(1),
  });
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await database.close();
}

/** next-auth's credentials flow, as the login form does it. */
async function signIn(identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, identifier, password, json: 'true' }),
  });
  const session = cookiesOf(res);
  if (!session.includes('session-token')) throw new Error(`sign-in failed (${res.status})`);
  return `${jar}; ${session}`;
}

function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function load(path: string, cookie: string): Promise<{ rps: number; p95: number }> {
  const hit = async () => {
    const t = performance.now();
    const r = await fetch(BASE + path, { headers: cookie ? { cookie } : {} });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
    return performance.now() - t;
  };
  for (let i = 0; i < 20; i++) await hit(); // warm-up
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < N) times.push(await hit());
    }),
  );
  const elapsed = performance.now() - t0;
  times.sort((a, b) => a - b);
  return { rps: N / (elapsed / 1000), p95: times[Math.floor(times.length * 0.95)] };
}

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}
