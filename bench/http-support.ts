// The pieces of the benches that load a production server (Next's standalone server on the built
// app, what `npm start`, `npm run start:web` and the Docker image run): start it on a port of its
// own, sign a demo account in, and measure one path under load.
import { spawn, type ChildProcess } from 'node:child_process';
import { completeStandalone, standaloneServer } from '../scripts/lib/standalone';

/** BENCH_PORT lets several checkouts bench on one machine at once. */
export const PORT = Number(process.env.BENCH_PORT ?? 3210);
export const BASE = `http://localhost:${PORT}`;

/** Needs a build (`npm run build`); the browser assets are copied in as `npm start` does. */
export async function startServer(): Promise<ChildProcess> {
  // Again on every run: a bare `next build` since the last `npm run build` leaves the copies stale.
  completeStandalone();
  const { args, env } = standaloneServer(String(PORT), {
    ...process.env,
    APP_URL: BASE,
    NEXTAUTH_URL: BASE,
    JOBS: 'off',
    NEXT_TELEMETRY_DISABLED: '1',
    LISTEN_HOST: process.env.LISTEN_HOST || 'localhost',
  });
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  await waitFor(`${BASE}/api/health`, server);
  return server;
}

export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
}

/** next-auth's credentials flow, as the login form does it. */
export async function signIn(identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar, origin: BASE },
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

export type LoadRun = { rps: number; p50: number; p95: number };
type Target = { paths: string[]; cookie: string };

/**
 * `n` requests of each target with `concurrency` in flight, the targets taking turns in rounds
 * of `n / rounds` (after a warm-up of each): a neighbour's load on the shared cores then falls on
 * all of them alike instead of on whichever ran while it lasted. Paths of one target go round robin.
 */
export async function compare(
  targets: Target[],
  { n, concurrency, rounds = 5 }: { n: number; concurrency: number; rounds?: number },
): Promise<LoadRun[]> {
  const hit = async (path: string, cookie: string) => {
    const t = performance.now();
    const r = await fetch(BASE + path, { headers: cookie ? { cookie } : {} });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
    return performance.now() - t;
  };
  for (const t of targets) for (let i = 0; i < 20; i++) await hit(t.paths[i % t.paths.length], t.cookie);
  const stats = targets.map(() => ({ times: [] as number[], elapsed: 0, count: 0 }));
  const perRound = Math.ceil(n / rounds);
  for (let round = 0; round < rounds; round++) {
    for (const [k, t] of targets.entries()) {
      const s = stats[k];
      const upTo = Math.min(n, s.count + perRound);
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (s.count < upTo) s.times.push(await hit(t.paths[s.count++ % t.paths.length], t.cookie));
        }),
      );
      s.elapsed += performance.now() - t0;
    }
  }
  return stats.map((s) => {
    s.times.sort((a, b) => a - b);
    const at = (q: number) => s.times[Math.min(s.times.length - 1, Math.floor(s.times.length * q))];
    return { rps: s.times.length / (s.elapsed / 1000), p50: at(0.5), p95: at(0.95) };
  });
}

async function waitFor(url: string, server: ChildProcess) {
  for (let i = 0; i < 120 && server.exitCode === null; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}
