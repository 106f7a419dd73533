// A BBB simulator for one test file, on a free port and quiet; BBB_URL and BBB_SECRET point at it,
// and `cfg` is the client's configuration for it.
import { freePort } from '@/lib/db/dev/embedded';
import { startLocalBbb } from '@/lib/live/bbb/simulator/local';
import type { BbbConfig } from '@/lib/live/bbb/client';

export async function startTestBbb(options: { now?: () => number } = {}) {
  const sim = await startLocalBbb({ port: await freePort(), quiet: true, ...options });
  const cfg: BbbConfig = { url: sim.url, secret: sim.secret, timeoutMs: 2000 };
  return Object.assign(sim, { cfg });
}
