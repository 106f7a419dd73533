// KSEF_* → the client's settings: the simulator by default, the Ministry's environments by URL alone.
import { describe, expect, it } from 'vitest';
import { ksefConfigFromEnv, ksefEnvSchema, KSEF_SIMULATOR_TOKEN } from '@/lib/invoices/ksef/env';

const config = (env: Record<string, string>) => ksefConfigFromEnv(ksefEnvSchema.parse(env), '1234563218');

describe('ksefConfigFromEnv', () => {
  it('defaults to the local simulator, the seller NIP and no offline certificate', () => {
    expect(config({})).toEqual({
      baseUrl: 'http://127.0.0.1:8104/v2',
      nip: '1234563218',
      token: KSEF_SIMULATOR_TOKEN,
      qrBaseUrl: 'http://127.0.0.1:8104',
      offlineCertificate: null,
    });
  });

  it.each([
    ['https://api-test.ksef.mf.gov.pl/v2', 'https://qr-test.ksef.mf.gov.pl'],
    ['https://api-demo.ksef.mf.gov.pl/v2/', 'https://qr-demo.ksef.mf.gov.pl'],
    ['https://api.ksef.mf.gov.pl/v2', 'https://qr.ksef.mf.gov.pl'],
    ['http://127.0.0.1:8431/v2', 'http://127.0.0.1:8431'],
  ])('derives the QR host of %s', (url, qr) => {
    const c = config({ KSEF_BASE_URL: url, KSEF_TOKEN: 'real-token' });
    expect(c.qrBaseUrl).toBe(qr);
    expect(c.baseUrl).toBe(url.replace(/\/$/, ''));
  });

  it('takes KSEF_NIP (normalised) and an explicit QR base', () => {
    const c = config({ KSEF_NIP: 'PL 526-104-08-28', KSEF_QR_BASE_URL: 'https://qr.example/' });
    expect([c.nip, c.qrBaseUrl]).toEqual(['5261040828', 'https://qr.example']);
  });

  it("refuses the simulator's token against the Ministry", () => {
    const r = ksefEnvSchema.safeParse({ KSEF_BASE_URL: 'https://api-test.ksef.mf.gov.pl/v2' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['KSEF_TOKEN']);
  });

  it('refuses a NIP with a wrong checksum', () => {
    expect(ksefEnvSchema.safeParse({ KSEF_NIP: '1234567890' }).success).toBe(false);
  });

  it('reads the offline certificate as a pair, PEM line breaks written as \\n', () => {
    const key = '-----BEGIN PRIVATE KEY-----\\nMIGHAgEAMBMGByqGSM49\\n-----END PRIVATE KEY-----';
    const c = config({ KSEF_OFFLINE_CERT_SERIAL: '01f20a5d352ae590', KSEF_OFFLINE_KEY: key });
    expect(c.offlineCertificate).toEqual({
      serial: '01F20A5D352AE590',
      privateKeyPem: '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----',
    });
    const half = ksefEnvSchema.safeParse({ KSEF_OFFLINE_CERT_SERIAL: '01F2' });
    expect(half.error?.issues.map((i) => i.path.join('.'))).toEqual(['KSEF_OFFLINE_KEY']);
  });
});
