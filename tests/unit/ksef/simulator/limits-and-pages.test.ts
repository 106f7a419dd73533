// The simulator's request limits (429 + Retry-After, honoured by the client) and the public QR
// verification pages (KOD I: the invoice; KOD II: the offline certificate's signature).
import { createHash, generateKeyPairSync, sign, constants } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NIP, clientFor, invoiceXml, nextNumber, settled, simulatorForFile } from './helpers';

const fx = simulatorForFile({ rateLimits: { invoiceSend: { perSecond: 1, perMinute: 100 } } });

describe('rate limits', () => {
  it('answers 429 with Retry-After past the limit, and the client waits it out', async () => {
    const waits: number[] = [];
    const client = clientFor(fx.sim, {
      retry: { sleep: (ms) => (waits.push(ms), new Promise((r) => setTimeout(r, ms))) },
    });
    await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    const second = await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    expect(second.invoiceReference).toHaveLength(36);
    expect(waits).toEqual([1000]);
  });

  it('says so in KSeF’s TooManyRequestsResponse', async () => {
    const client = clientFor(fx.sim);
    const sessionRef = await client.sessionReference();
    const res = await fetch(`${fx.sim.apiUrl}/sessions/online/${sessionRef}/invoices`, { method: 'POST' });
    const again = await fetch(`${fx.sim.apiUrl}/sessions/online/${sessionRef}/invoices`, { method: 'POST' });
    const limited = [res, again].find((r) => r.status === 429)!;
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await limited.json()) as { status: { code: number; details: string[] } };
    expect(body.status.code).toBe(429);
    expect(body.status.details[0]).toMatch(/invoiceSend/);
  });
});

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('-');
const b64url = (xml: Buffer) => createHash('sha256').update(xml).digest('base64url');

describe('QR code I page', () => {
  it('shows an accepted invoice with its KSeF number, and not an unknown one', async () => {
    await new Promise((r) => setTimeout(r, 1000)); // past the test limit above
    const client = clientFor(fx.sim);
    const xml = invoiceXml(nextNumber());
    const status = await settled(client, fx.sim, await client.send({ xml, offlineMode: false }));
    if (status.state !== 'ACCEPTED') throw new Error(JSON.stringify(status));
    const page = await fetch(`${fx.sim.url}/invoice/${NIP}/${ddmmyyyy('2026-02-02')}/${b64url(xml)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(status.ksefNumber);

    const wrongDate = await fetch(`${fx.sim.url}/invoice/${NIP}/03-02-2026/${b64url(xml)}`);
    expect(wrongDate.status).toBe(404);
    const unknown = await fetch(`${fx.sim.url}/invoice/${NIP}/02-02-2026/${b64url(Buffer.from('x'))}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Nie znaleziono faktury');
  });
});

describe('QR code II page', () => {
  const hash = b64url(Buffer.from('an offline invoice'));
  const host = () => new URL(fx.sim.url).host;

  it('verifies an ECDSA P-256 signature (IEEE P1363) with the registered certificate', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    fx.sim.registerOfflineCertificate('01F20A5D352AE590', publicKey);
    const path = `/certificate/Nip/${NIP}/${NIP}/01F20A5D352AE590/${hash}`;
    const signature = sign('sha256', Buffer.from(`${host()}${path}`), { key: privateKey, dsaEncoding: 'ieee-p1363' });
    const ok = await fetch(`${fx.sim.url}${path}/${signature.toString('base64url')}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('podpis linku poprawny');

    const tampered = await fetch(
      `${fx.sim.url}${path.replace(hash, b64url(Buffer.from('other')))}/${signature.toString('base64url')}`,
    );
    expect(tampered.status).toBe(400);
    expect(await tampered.text()).toContain('Podpis linku jest nieprawidłowy');
  });

  it('verifies RSASSA-PSS and refuses an unknown certificate or a foreign context', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    fx.sim.registerOfflineCertificate('0A0B0C0D0E0F1011', publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const signed = (path: string) =>
      sign('sha256', Buffer.from(`${host()}${path}`), {
        key: privateKey,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: 32,
      }).toString('base64url');
    const path = `/certificate/Nip/${NIP}/${NIP}/0A0B0C0D0E0F1011/${hash}`;
    expect((await fetch(`${fx.sim.url}${path}/${signed(path)}`)).status).toBe(200);

    const foreign = `/certificate/Nip/5261040828/5261040828/0A0B0C0D0E0F1011/${hash}`;
    const refused = await fetch(`${fx.sim.url}${foreign}/${signed(foreign)}`);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('nie ma uprawnień');

    const unknown = `/certificate/Nip/${NIP}/${NIP}/FFFF/${hash}`;
    expect(await (await fetch(`${fx.sim.url}${unknown}/${signed(unknown)}`)).text()).toContain(
      'nie istnieje w rejestrze',
    );
  });
});

describe('switches over HTTP', () => {
  it('goes down and up through POST /simulator/mode, answered even while down', async () => {
    const post = (mode: string) =>
      fetch(`${fx.sim.url}/simulator/mode`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ mode }),
      });
    expect((await post('down')).status).toBe(200);
    const down = await fetch(`${fx.sim.apiUrl}/security/public-key-certificates`);
    expect(down.status).toBe(503);
    expect(await (await fetch(`${fx.sim.url}/simulator`)).text()).toContain('niedostępny (503)');
    expect(await (await post('up')).json()).toMatchObject({ mode: 'up' });
    expect((await fetch(`${fx.sim.apiUrl}/security/public-key-certificates`)).status).toBe(200);
    expect((await post('sideways')).status).toBe(400);
  });

  it('takes the demo page’s form and sends the browser back to it', async () => {
    const res = await fetch(`${fx.sim.url}/simulator/mode`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'mode=reject-next',
      redirect: 'manual',
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/simulator']);
    expect(await (await fetch(`${fx.sim.url}/simulator`)).text()).toContain('do odrzucenia: 1');
  });
});
