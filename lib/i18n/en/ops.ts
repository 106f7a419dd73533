// English catalogue: texts for whoever runs the server. Mirrors lib/i18n/pl/ops.ts key for key.
import type { Messages } from '../pl';

export const ops: Messages['ops'] = {
  notSet: (name: string) => `${name} is not set`,
  databaseUrl: 'must start with postgresql://',
  authSecret: 'must be at least 32 characters long',
  badConfig: (lines: string) => `Invalid configuration (see .env.example):\n${lines}`,
  testClockInProduction: 'Invalid configuration: TEST_CLOCK=1 is allowed only in tests.',
  clockFixed: 'The clock can only be moved with TEST_CLOCK=1',
  payuPosId: 'must be a number',
  payuSandboxKeys: "production PayU needs its own POS keys, not the sandbox's keys",
  sellerNip: 'invalid NIP (checksum)',
  ksefNip: 'the KSeF context NIP is 10 digits with a valid checksum',
  ksefSimulatorToken: "real KSeF needs its own KSeF token (KSEF_TOKEN), not the local simulator's token",
  ksefOfflinePair: 'KSEF_OFFLINE_CERT_SERIAL and KSEF_OFFLINE_KEY are set together (or neither)',
  ksefOfflineKey: "the offline certificate's private key in PEM format (-----BEGIN PRIVATE KEY-----…)",
  ksefOfflineSerial: "a KSeF certificate's serial number is hexadecimal digits",
  bbbSimulatorSecret:
    "a BigBlueButton server needs its own secret (BBB_SECRET from `bbb-conf --secret`), not the local simulator's secret",
  trustProxy: 'none, a number of trusted proxies (1–20) or a comma-separated list of IPv4/IPv6 CIDR ranges',
  sellerKrs: 'a KRS number is 10 digits',
  sellerShareCapital: 'share capital in zloty, e.g. 5000 or 5 000,00 (or "-" to leave it out)',
  badSeller: (issues: string) => `Invalid seller details: ${issues}`,
  searchPermission: (dir: string) =>
    `▸ ${dir}: search permission (o+x) added so that PostgreSQL, running as the postgres user, can reach its files.`,
  portTaken: (port: number) =>
    `Port ${port} is taken — is another copy of Planeta already running? Stop it or set EMBEDDED_PG_PORT.`,
  s3Pair: 'S3_URL and S3_BUCKET are set together (or neither: files stay in PostgreSQL)',
  storageMigrate: {
    noS3: 'Set S3_URL and S3_BUCKET: there is nowhere to move the files to.',
    moved: (moved: number) => `▸ Files moved to S3: ${moved}.`,
  },
  instances: {
    refused: (lines: string) =>
      `The web instance will not start — all instances of one deployment must have the same values (docs/deploy.md):\n${lines}`,
    actionsKey: 'server actions key: base64 of 16, 24 or 32 bytes (openssl rand -base64 32)',
    actionsKeyNotBuilt:
      'the build was made without this server actions key — build the application with the same key the instances use',
    buildIdMismatch: (expected: string, built: string) =>
      `BUILD_ID is "${expected}" but the built application has "${built}" — run all instances from one build`,
    noBuild: 'no build (.next) — run `npm run build` first',
    noStandalone: 'no standalone server (.next/standalone/server.js) — run `npm run build` first',
    webReady: (port: string) => `▸ Web instance (no background jobs) on port ${port}.`,
    workerReady: (queues: number) => `▸ Background job process: ${queues} queues, no HTTP.`,
    workerStopping: '▸ Stopping the job process (finishing started jobs)…',
  },
  startup: {
    serving: (seconds: string, buildSeconds: string | null) =>
      `▸ Planeta is serving ${seconds} s after start${buildSeconds ? ` (building took ${buildSeconds} s)` : ''}.`,
    notServing: (seconds: string) => `The server did not answer /api/health within ${seconds} s.`,
  },
};
