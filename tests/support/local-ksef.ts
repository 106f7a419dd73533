// A KSeF simulator for one test file, on a free port, fast and quiet, its offline key in a
// temporary directory; KSEF_BASE_URL, KSEF_QR_BASE_URL and KSEF_OFFLINE_* point at it until closed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@/lib/db/dev/embedded';
import { startLocalKsef, type LocalKsefOptions } from '@/lib/invoices/ksef/simulator/local';

export async function startTestKsef(options: Partial<LocalKsefOptions> = {}) {
  return startLocalKsef({
    port: await freePort(),
    quiet: true,
    processingDelayMs: 10,
    authDelayMs: 5,
    dataDir: mkdtempSync(path.join(tmpdir(), 'planeta-ksef-')),
    ...options,
  });
}
