// Starts the simulator in-process for `npm start`, the e2e server and the tests, with the app's own
// context NIP and token, and points KSEF_BASE_URL and KSEF_QR_BASE_URL at it. Only used when
// KSEF_BASE_URL is not set: a deployment that sets it (TEST, DEMO, production) never runs it.
// Without KSEF_OFFLINE_KEY it makes a local offline key, so QR code II is signed and verifiable.
import { createPublicKey } from 'node:crypto';
import { resetKsefEnv } from '@/lib/config/env';
import { DATA_DIR } from '@/lib/db/dev/local';
import { SAMPLE_SELLER_NIP } from '@/lib/invoices/seller-env';
import { normaliseNip } from '@/lib/invoices/tax/nip';
import { KSEF_SIMULATOR_TOKEN } from '../env-schema';
import { localOfflineCertificate } from './offline-key';
import { startKsefSimulator, type KsefSimulator, type KsefSimulatorOptions } from './server';

export type LocalKsefOptions = Pick<
  KsefSimulatorOptions,
  'processingDelayMs' | 'authDelayMs' | 'rateLimits' | 'accessTtlMs' | 'now'
> & {
  port: number;
  quiet?: boolean;
  /** Where the local offline key is kept (default .data/). */
  dataDir?: string;
};

export async function startLocalKsef(opts: LocalKsefOptions): Promise<KsefSimulator> {
  const env = process.env;
  const nip = normaliseNip(env.KSEF_NIP || env.PLANETA_SELLER_NIP || SAMPLE_SELLER_NIP);
  const sim = await startKsefSimulator({
    port: opts.port,
    host: '127.0.0.1',
    nip,
    token: env.KSEF_TOKEN || KSEF_SIMULATOR_TOKEN,
    processingDelayMs: opts.processingDelayMs,
    authDelayMs: opts.authDelayMs,
    rateLimits: opts.rateLimits,
    accessTtlMs: opts.accessTtlMs,
    now: opts.now,
    log: opts.quiet ? () => {} : (line) => console.log(`[ksef-sim] ${line}`),
  });
  if (!env.KSEF_OFFLINE_KEY) {
    const made = localOfflineCertificate(opts.dataDir ?? DATA_DIR);
    env.KSEF_OFFLINE_CERT_SERIAL = made.serial;
    env.KSEF_OFFLINE_KEY = made.privateKeyPem;
  }
  const pem = env.KSEF_OFFLINE_KEY.replaceAll('\\n', '\n');
  if (env.KSEF_OFFLINE_CERT_SERIAL) sim.registerOfflineCertificate(env.KSEF_OFFLINE_CERT_SERIAL, createPublicKey(pem));
  env.KSEF_BASE_URL = sim.apiUrl;
  env.KSEF_QR_BASE_URL = sim.url;
  resetKsefEnv();
  return sim;
}
