// Starts the simulator in-process for `npm start` and the tests, with the POS settings the app
// itself uses, and points PAYU_BASE_URL at it. Only ever used when PAYU_BASE_URL is not set:
// a deployment that sets it (secure.payu.com, the sandbox) never runs the simulator.
import { SANDBOX_POS } from '../config';
import { startPayuSimulator, type PayuSimulator } from './server';

export async function startLocalPayu(opts: {
  port: number;
  retryDelaysMs?: number[];
  quiet?: boolean;
}): Promise<PayuSimulator> {
  const env = process.env;
  const sim = await startPayuSimulator({
    port: opts.port,
    host: '127.0.0.1',
    posId: env.PAYU_POS_ID || SANDBOX_POS.posId,
    clientId: env.PAYU_CLIENT_ID || SANDBOX_POS.clientId,
    clientSecret: env.PAYU_CLIENT_SECRET || SANDBOX_POS.clientSecret,
    secondKey: env.PAYU_SECOND_KEY || SANDBOX_POS.secondKey,
    retryDelaysMs: opts.retryDelaysMs,
    // Family packages are paid in PLN, GBP, EUR or USD (regulamin §5.2): a multi-currency POS.
    currencies: ['PLN', 'GBP', 'EUR', 'USD'],
    log: opts.quiet ? () => {} : (line) => console.log(`[payu-sim] ${line}`),
  });
  env.PAYU_BASE_URL = sim.url;
  return sim;
}
