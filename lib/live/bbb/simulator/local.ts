// Starts the BBB simulator in-process for `npm start`, the e2e server and the tests, with the app's
// own secret, and points BBB_URL and BBB_SECRET at it. Only used when BBB_URL is not set: a
// deployment that sets it (a real BigBlueButton server) never runs the simulator.
import { BBB_SIMULATOR_SECRET } from '../env';
import { startBbbSimulator, type BbbSimulator } from './server';

export async function startLocalBbb(opts: {
  port: number;
  quiet?: boolean;
  now?: () => number;
}): Promise<BbbSimulator> {
  const env = process.env;
  const sim = await startBbbSimulator({
    port: opts.port,
    host: '127.0.0.1',
    secret: env.BBB_SECRET || BBB_SIMULATOR_SECRET,
    now: opts.now,
    log: opts.quiet ? () => {} : (line) => console.log(`[bbb-sim] ${line}`),
  });
  env.BBB_URL = sim.url;
  env.BBB_SECRET = sim.secret;
  return sim;
}
