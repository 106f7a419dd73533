// startLocalKsef wires the app to the simulator through the configuration alone: ksefGateway()
// then sends to it, and a local offline key is made once and registered for QR code II.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash, sign } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ksefConfig } from '@/lib/invoices/ksef/env';
import { ksefGateway } from '@/lib/invoices/ksef/gateway';
import { startLocalKsef } from '@/lib/invoices/ksef/simulator/local';
import type { KsefSimulator } from '@/lib/invoices/ksef/simulator/server';
import { invoiceXml, nextNumber } from './helpers';

const dataDir = mkdtempSync(path.join(tmpdir(), 'ksef-local-'));
const started: KsefSimulator[] = [];
afterAll(() => Promise.all(started.map((s) => s.close())));

describe('startLocalKsef', () => {
  it('points KSEF_* at itself, and the gateway submits there', async () => {
    delete process.env.KSEF_BASE_URL;
    delete process.env.KSEF_OFFLINE_KEY;
    delete process.env.KSEF_OFFLINE_CERT_SERIAL;
    const sim = await startLocalKsef({ port: 0, quiet: true, processingDelayMs: 5, authDelayMs: 5, dataDir });
    started.push(sim);
    const config = ksefConfig();
    expect(config.baseUrl).toBe(sim.apiUrl);
    expect(config.qrBaseUrl).toBe(sim.url);
    expect(config.nip).toBe('1234563218'); // the sample seller's NIP
    expect(config.offlineCertificate?.serial).toMatch(/^[0-9A-F]{16}$/);
    expect(existsSync(path.join(dataDir, 'ksef', 'offline-certificate.json'))).toBe(true);

    const gateway = ksefGateway();
    expect(ksefGateway()).toBe(gateway);
    const sent = await gateway.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    await sim.idle();
    expect((await gateway.status(sent)).state).toBe('ACCEPTED');
  });

  it('keeps the offline key across restarts, and QR code II links signed with it verify', async () => {
    const before = ksefConfig().offlineCertificate!;
    delete process.env.KSEF_OFFLINE_KEY;
    delete process.env.KSEF_OFFLINE_CERT_SERIAL;
    const sim = await startLocalKsef({ port: 0, quiet: true, dataDir });
    started.push(sim);
    const cert = ksefConfig().offlineCertificate!;
    expect(cert).toEqual(before);

    const hash = createHash('sha256').update('offline invoice').digest('base64url');
    const link = `${sim.url}/certificate/Nip/1234563218/1234563218/${cert.serial}/${hash}`;
    const signature = sign('sha256', Buffer.from(link.replace(/^https?:\/\//, '')), {
      key: cert.privateKeyPem,
      dsaEncoding: 'ieee-p1363',
    });
    expect((await fetch(`${link}/${signature.toString('base64url')}`)).status).toBe(200);
  });
});
