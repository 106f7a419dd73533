// Runs the PayU simulator for local development:
//   npx tsx lib/payments/payu/simulator/cli.ts
// Settings come from the environment; the defaults are PayU's public sandbox POS, which is
// also what the app's PAYU_* defaults point at.
import { SANDBOX_POS } from '../config';
import { startPayuSimulator } from './server';

const env = process.env;
const retry = env.PAYU_SIM_RETRY_DELAYS_MS?.split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isFinite(n) && n >= 0);

const sim = await startPayuSimulator({
  port: Number(env.PAYU_SIM_PORT ?? 8103),
  host: env.PAYU_SIM_HOST ?? '127.0.0.1',
  publicUrl: env.PAYU_SIM_PUBLIC_URL || undefined,
  posId: env.PAYU_POS_ID || SANDBOX_POS.posId,
  clientId: env.PAYU_CLIENT_ID || SANDBOX_POS.clientId,
  clientSecret: env.PAYU_CLIENT_SECRET || SANDBOX_POS.clientSecret,
  secondKey: env.PAYU_SECOND_KEY || SANDBOX_POS.secondKey,
  retryDelaysMs: retry?.length ? retry : undefined,
  log: (line) => console.log(`[payu-sim] ${line}`),
});
console.log(`[payu-sim] listening on ${sim.url} (POS ${env.PAYU_POS_ID || SANDBOX_POS.posId})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sim.close().then(() => process.exit(0));
  });
}
