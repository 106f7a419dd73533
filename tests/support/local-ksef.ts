// A KSeF simulator for one test file, on a free port, fast, quiet and without KSeF's request
// limits, its offline key in a temporary directory; KSEF_BASE_URL, KSEF_QR_BASE_URL and
// KSEF_OFFLINE_* point at it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@/lib/db/dev/embedded';
import { startLocalKsef, type LocalKsefOptions } from '@/lib/invoices/ksef/simulator/local';
import { KSEF_RATE_LIMITS } from '@/lib/invoices/ksef/simulator/rate-limit';

export async function startTestKsef(options: Partial<LocalKsefOptions> = {}) {
  return startLocalKsef({
    port: await freePort(),
    quiet: true,
    processingDelayMs: 10,
    authDelayMs: 5,
    dataDir: mkdtempSync(path.join(tmpdir(), 'planeta-ksef-')),
    // KSeF's limits (30 invoices a minute) would make a busy test file wait; a test passes its own to reach them.
    rateLimits: Object.fromEntries(Object.keys(KSEF_RATE_LIMITS).map((g) => [g, { perSecond: 1000 }])),
    ...options,
  });
}
