// Starts the processes of a multi-instance deployment for tests/e2e/instances.spec.ts: web instances
// (`npm run start:web`) and workers (`npm run start:worker`) from the production build, on one
// PostgreSQL, each with its output kept for the failure message.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Instance = { name: string; url?: string; child: ChildProcess; output: () => string };

/** What every instance shares: the build's id and this checkout's Server Actions key. */
export function sharedEnvironment(): Record<string, string> {
  return {
    BUILD_ID: readFileSync('.next/BUILD_ID', 'utf8').trim(),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: readFileSync(path.resolve('.data/actions-key'), 'utf8').trim(),
  };
}

function start(name: string, script: string, env: Record<string, string>): Instance {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  return { name, child, output: () => out };
}

/** Thrown when a process ends while we wait for it: not retried like a failed check. */
class Exited extends Error {}

async function until(check: () => Promise<boolean>, what: string, ms = 90_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await check().catch((e) => {
      if (e instanceof Exited) throw e;
      return false;
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function startWeb(name: string, port: number, env: Record<string, string>): Promise<Instance> {
  const i = start(name, 'scripts/start-web.ts', { ...env, PORT: String(port) });
  const url = `http://localhost:${port}`;
  await until(async () => {
    if (i.child.exitCode !== null) throw new Exited(`${name} exited:\n${i.output()}`);
    return (await fetch(`${url}/api/health`)).ok;
  }, `${name} on ${url}`).catch((e) => {
    throw new Error(`${e.message}\n${i.output()}`);
  });
  return { ...i, url };
}

export async function startWorker(name: string, env: Record<string, string>): Promise<Instance> {
  const i = start(name, 'scripts/start-worker.ts', env);
  await until(async () => {
    if (i.child.exitCode !== null) throw new Exited(`${name} exited:\n${i.output()}`);
    return i.output().includes('▸');
  }, name).catch((e) => {
    throw new Error(`${e.message}\n${i.output()}`);
  });
  return i;
}

export async function stopAll(instances: Instance[]) {
  await Promise.all(
    instances.map(
      (i) =>
        new Promise<void>((resolve) => {
          if (i.child.exitCode !== null) return resolve();
          i.child.once('exit', () => resolve());
          i.child.kill('SIGTERM');
          setTimeout(() => i.child.kill('SIGKILL'), 8000).unref();
        }),
    ),
  );
}

export { until };
