// The server the browser tests run against: the production build on a fresh embedded
// PostgreSQL (or a fresh database on DATABASE_URL's server), migrated and seeded.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../lib/db/dev/embedded';
import { dropDatabase, ensureDatabaseExists } from '../lib/db/dev/admin';
import { applyMigrations } from '../lib/db/dev/schema-engine';
import { startLocalPayu } from '../lib/payments/payu/simulator/local';
import { startLocalKsef } from '../lib/invoices/ksef/simulator/local';
import { startLocalBbb } from '../lib/live/bbb/simulator/local';

const port = process.env.E2E_PORT ?? '3100';
const server = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ temporary: true });
const serverUrl = process.env.DATABASE_URL ?? server!.url;
const dbName = `planeta_e2e_${process.pid}`;
const url = await ensureDatabaseExists(serverUrl, dbName);
await applyMigrations(url);
process.env.DATABASE_URL = url;
// The demo data goes through the real services (links in e-mails, sealed passwords): the same
// origin and secret as the server below.
process.env.APP_URL = `http://localhost:${port}`;
process.env.AUTH_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e-secret';
const { seedDemoData } = await import('../lib/demo/seed');
await seedDemoData();
const { db } = await import('../lib/db/client');
await db().$disconnect();

// PayU's retry schedule, compressed so a test sees a retried notification within seconds.
const payu = await startLocalPayu({
  port: Number(process.env.E2E_PAYU_PORT ?? 8113),
  retryDelaysMs: [0, 1000, 2000, 5000],
  quiet: true,
});
// The KSeF simulator: invoices are accepted or rejected within a fraction of a second; its offline
// key lives in the run's own temporary directory, not in .data/. Its port is E2E_KSEF_PORT, else
// PayU's plus 10 (so parallel runs given their own PayU ports do not collide), else 8430.
const payuPort = Number(process.env.E2E_PAYU_PORT ?? 0);
const ksef = await startLocalKsef({
  port: Number(process.env.E2E_KSEF_PORT ?? (payuPort ? payuPort + 10 : 8430)),
  processingDelayMs: 50,
  dataDir: mkdtempSync(path.join(tmpdir(), 'planeta-e2e-ksef-')),
  quiet: true,
});
// The BigBlueButton simulator for the live classes' rooms: E2E_BBB_PORT, else PayU's port plus 20, else 8440.
const bbb = process.env.BBB_URL
  ? null
  : await startLocalBbb({ port: Number(process.env.E2E_BBB_PORT ?? (payuPort ? payuPort + 20 : 8440)), quiet: true });
const appUrl = `http://localhost:${port}`;
// scripts/serve.mjs is `next start` that also passes the socket's address on (lib/http/client-ip.ts).
const next = spawn(process.execPath, ['scripts/serve.mjs', port], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: url,
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
    AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    PLANETA_E2E: '1',
    TEST_CLOCK: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill('SIGTERM');
  await payu.close().catch(() => {});
  await ksef.close().catch(() => {});
  await bbb?.close().catch(() => {});
  await new Promise((r) => setTimeout(r, 500));
  if (server) await server.stop();
  else await dropDatabase(serverUrl, dbName).catch(() => {});
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void shutdown(0));
next.on('exit', (code) => void shutdown(code ?? 0));
