// The integration set-up's KSeF: nothing answers until a test starts its simulator, and then the
// configured gateway (ksefGateway, as the app's jobs use it) submits to it on a free port.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ksefConfig } from '@/lib/invoices/ksef/env';
import { ksefGateway } from '@/lib/invoices/ksef/gateway';
import type { KsefSimulator } from '@/lib/invoices/ksef/simulator/server';
import { KsefUnavailableError } from '@/lib/invoices/ksef/types';
import { startTestKsef } from '../support/local-ksef';

const xml = readFileSync('tests/unit/ksef/fixtures/fa3-invoice.xml');
let sim: KsefSimulator | undefined;
afterAll(() => sim?.close());

describe('KSeF in integration tests', () => {
  it('is unreachable until a test starts a simulator', async () => {
    expect(ksefConfig().baseUrl).toBe('http://127.0.0.1:9/v2');
    await expect(ksefGateway().send({ xml, offlineMode: false })).rejects.toBeInstanceOf(KsefUnavailableError);
  });

  it('takes invoices from the configured gateway once startTestKsef runs', async () => {
    sim = await startTestKsef();
    expect(ksefConfig().baseUrl).toBe(sim.apiUrl);
    const gateway = ksefGateway();
    const sent = await gateway.send({ xml, offlineMode: false });
    await sim.idle();
    const status = await gateway.status(sent);
    expect(status.state).toBe('ACCEPTED');
    if (status.state === 'ACCEPTED')
      expect((await gateway.upo(sent, status.ksefNumber)).toString()).toContain(status.ksefNumber);
  });
});
