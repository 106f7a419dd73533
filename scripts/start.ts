// npm start: database (embedded unless DATABASE_URL), migrations, demo data, build, serve.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ConfigError, parseEnv } from '../lib/config/env';
import { DATA_DIR, openLocalDatabase } from '../lib/db/dev/local';
import { applyMigrations } from '../lib/db/dev/schema-engine';
import { buildIfNeeded, stopBuild } from './lib/next-build';
import { standaloneServer } from './lib/standalone';
import { reportWhenServing } from './lib/startup-time';
import { localSecret } from './lib/local-secret';
import { startLocalPayu } from '../lib/payments/payu/simulator/local';
import { startLocalKsef } from '../lib/invoices/ksef/simulator/local';
import { startLocalBbb } from '../lib/live/bbb/simulator/local';

if (existsSync('.env')) process.loadEnvFile('.env');
const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';

execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/prisma-generate.ts'], { stdio: 'inherit' });

// The demo clock moves the platform's time: never against a database someone configured.
if (process.env.DEMO_CLOCK === '1' && process.env.DATABASE_URL) {
  const { messages } = await import('../lib/i18n');
  console.error(messages().demoClock.refusedWithDatabaseUrl);
  process.exit(1);
}

const database = await openLocalDatabase();
if (database.embedded) process.env.PLANETA_EMBEDDED_DB = '1';
console.log(database.embedded ? `▸ Wbudowany PostgreSQL działa (dane w .data/pg).` : '▸ Używam bazy z DATABASE_URL.');
// No PAYU_BASE_URL: the local PayU simulator stands in for PayU (nothing here reaches PayU).
const simulator =
  !process.env.PAYU_BASE_URL && process.env.PAYU_SIMULATOR !== 'off'
    ? await startLocalPayu({ port: Number(process.env.PAYU_SIM_PORT ?? 8103) })
    : null;
// startLocalPayu points PAYU_BASE_URL at the simulator's port itself.
if (simulator) console.log(`▸ Symulator PayU: ${simulator.url} (BLIK 777123 płaci, 500500 odmawia)`);
// With the demo clock, the KSeF simulator's "now" follows it: an invoice dated on the demo day
// would otherwise be refused as issued in the future.
const demoNow =
  process.env.DEMO_CLOCK === '1'
    ? (await import('../lib/clock/demo-clock')).followDemoClock(
        new (await import('pg')).default.Pool({ connectionString: database.url, max: 1 }),
      ).now
    : undefined;
// No KSEF_BASE_URL: the local KSeF simulator takes the invoices (nothing here reaches the Ministry).
const ksef =
  !process.env.KSEF_BASE_URL && process.env.KSEF_SIMULATOR !== 'off'
    ? await startLocalKsef({ port: Number(process.env.KSEF_SIM_PORT ?? 8104), now: demoNow })
    : null;
// startLocalKsef points KSEF_BASE_URL and KSEF_QR_BASE_URL at the simulator itself.
if (ksef) console.log(`▸ Symulator KSeF: ${ksef.apiUrl} (weryfikacja kodów QR: ${ksef.url}/invoice/…)`);
// No BBB_URL: the local BigBlueButton simulator runs the live classes' rooms and recordings.
const bbb =
  !process.env.BBB_URL && process.env.BBB_SIMULATOR !== 'off'
    ? await startLocalBbb({ port: Number(process.env.BBB_SIM_PORT ?? 8105) })
    : null;
// startLocalBbb points BBB_URL and BBB_SECRET at the simulator itself.
if (bbb) console.log(`▸ Symulator BigBlueButton: ${bbb.url} (pokoje i nagrania: ${bbb.origin}/simulator)`);
const stopAll = async (code: number) => {
  stopBuild();
  await simulator?.close().catch(() => {});
  await ksef?.close().catch(() => {});
  await bbb?.close().catch(() => {});
  await database.stop().catch(() => {});
  process.exit(code);
};

process.env.DATABASE_URL = database.url;
process.env.AUTH_SECRET ??= localSecret(DATA_DIR);
process.env.APP_URL ??= `http://localhost:${port}`;
process.env.NEXTAUTH_URL ??= process.env.APP_URL;
process.env.NEXT_TELEMETRY_DISABLED = '1';

try {
  parseEnv(process.env);
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : e);
  await stopAll(1);
}

// The build needs no database: it runs while the migrations and the demo data go in (on a fresh
// clone the two together took about as long as each alone).
const building = dev ? Promise.resolve(0) : buildIfNeeded();

try {
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`▸ Migracje: ${applied.join(', ')}`);
  if (process.env.DEMO_CLOCK === '1') {
    // The demo data is laid out around the same "now" the server will use.
    const { loadDemoClock } = await import('../lib/clock/demo-clock');
    const { sqlPool, closeSqlPool } = await import('../lib/db/sql');
    const ms = await loadDemoClock(sqlPool());
    await closeSqlPool();
    console.log(`▸ Zegar demonstracyjny: ${new Date(Date.now() + ms).toISOString()} (/panel/zegar).`);
  }
  const { seedDemoData } = await import('../lib/demo/seed');
  await seedDemoData();
  const { db } = await import('../lib/db/client');
  await db().$disconnect();
  console.log('▸ Dane demonstracyjne gotowe.');
} catch (e) {
  console.error('Nie udało się przygotować bazy danych:', e instanceof Error ? e.message : e);
  await stopAll(1);
}

const buildMs = await building;

// Production runs Next's standalone server, the same one `npm run start:web` and the Docker image
// run (with the socket's address for lib/http/client-ip.ts; scripts/peer-header.mjs). `next dev`
// offers no socket: there the last X-Forwarded-For entry stands in.
const serve = dev
  ? {
      args: ['node_modules/next/dist/bin/next', 'dev', '-p', port],
      env: { ...process.env, NODE_ENV: 'development' } as NodeJS.ProcessEnv,
    }
  : standaloneServer(port, process.env);
const next = spawn(process.execPath, serve.args, { stdio: 'inherit', env: serve.env });
console.log(`▸ Planeta: ${process.env.APP_URL}`);
void reportWhenServing(`http://localhost:${port}/api/health`, buildMs, () => next.exitCode !== null);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => next.kill(sig));
next.on('exit', (code) => void stopAll(code ?? 0));
