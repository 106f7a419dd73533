// The client against the simulator over real HTTP, as the app uses it: authenticate, open a
// session, send FA(3) invoices, see KSeF's verdicts (number, duplicate, schema error, wrong
// seller), fetch and validate the UPO.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validateAgainstSchema } from '@/lib/invoices/ksef/fa3/validate';
import { isKsefNumber } from '@/lib/invoices/ksef/number';
import { KsefRequestError, KsefUnavailableError } from '@/lib/invoices/ksef/types';
import {
  FIXTURE,
  NIP,
  clientFor,
  invoiceXml,
  nextNumber,
  recordingFetch,
  rejection,
  settled,
  simulatorForFile,
} from './helpers';

const fx = simulatorForFile();

describe('the fixture', () => {
  it('is a valid FA(3) document', async () => {
    expect(await validateAgainstSchema(FIXTURE, 'FA3')).toEqual({ valid: true });
  });
});

describe('an accepted invoice', () => {
  it('is PROCESSING, then ACCEPTED with a valid KSeF number and a valid UPO', async () => {
    const client = clientFor(fx.sim);
    const xml = invoiceXml(nextNumber());
    const sent = await client.send({ xml, offlineMode: false });
    expect(sent.sessionReference).toMatch(/^\d{8}-SO-[0-9A-F]{10}-[0-9A-F]{10}-[0-9A-F]{2}$/);
    expect(await client.status(sent)).toEqual({ state: 'PROCESSING' });

    const status = await settled(client, fx.sim, sent);
    if (status.state !== 'ACCEPTED') throw new Error(`not accepted: ${JSON.stringify(status)}`);
    expect(isKsefNumber(status.ksefNumber)).toBe(true);
    expect(status.ksefNumber.startsWith(`${NIP}-`)).toBe(true);
    expect(Number.isNaN(Date.parse(status.acquisitionDate))).toBe(false);

    const upo = (await client.upo(sent, status.ksefNumber)).toString('utf8');
    expect(await validateAgainstSchema(upo, 'UPO')).toEqual({ valid: true });
    expect(upo).toContain(`<NumerKSeFDokumentu>${status.ksefNumber}</NumerKSeFDokumentu>`);
    expect(upo).toContain(`<NumerReferencyjnySesji>${sent.sessionReference}</NumerReferencyjnySesji>`);
    expect(upo).toContain(`<SkrotDokumentu>${createHash('sha256').update(xml).digest('base64')}</SkrotDokumentu>`);
  });

  it('reuses one authentication and one session for later invoices', async () => {
    const wire = recordingFetch();
    const client = clientFor(fx.sim, { fetchImpl: wire.impl });
    const a = await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    const b = await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    expect(a.sessionReference).toBe(b.sessionReference);
    expect(wire.count('/auth/ksef-token')).toBe(1);
    expect(wire.count('/sessions/online')).toBe(1);
    expect(wire.count('/security/public-key-certificates')).toBe(1);
  });

  it('marks an invoice sent with offlineMode as Offline in its UPO', async () => {
    const client = clientFor(fx.sim);
    const sent = await client.send({ xml: invoiceXml(nextNumber()), offlineMode: true });
    const status = await settled(client, fx.sim, sent);
    if (status.state !== 'ACCEPTED') throw new Error(JSON.stringify(status));
    expect((await client.upo(sent, status.ksefNumber)).toString()).toContain('<TrybWysylki>Offline</TrybWysylki>');
  });
});

describe('rejections', () => {
  it('rejects the same invoice sent again as a duplicate, with the original number and no second one', async () => {
    const client = clientFor(fx.sim);
    const xml = invoiceXml(nextNumber());
    const first = await settled(client, fx.sim, await client.send({ xml, offlineMode: false }));
    if (first.state !== 'ACCEPTED') throw new Error(JSON.stringify(first));
    const accepted = fx.sim.accepted.size;

    const again = await settled(client, fx.sim, await client.send({ xml, offlineMode: false }));
    expect(again).toMatchObject({ state: 'REJECTED', code: 440, description: 'Duplikat faktury' });
    if (again.state === 'REJECTED') expect(again.details.join()).toContain(first.ksefNumber);

    // Same seller, kind and number in other bytes (another creation time) is the same invoice too.
    const number = (xml.toString().match(/<P_2>([^<]+)<\/P_2>/) ?? [])[1];
    const rebuilt = invoiceXml(number, [['2026-02-02T09:30:00Z', '2026-02-02T09:31:00Z']]);
    expect(await settled(client, fx.sim, await client.send({ xml: rebuilt, offlineMode: false }))).toMatchObject({
      state: 'REJECTED',
      code: 440,
    });
    expect(fx.sim.accepted.size).toBe(accepted);
  });

  it('rejects XML that breaks the FA(3) schema with the schema error', async () => {
    const client = clientFor(fx.sim);
    const xml = invoiceXml(nextNumber(), [['<P_15>123.00</P_15>', '<P_15>sto</P_15>']]);
    const status = await settled(client, fx.sim, await client.send({ xml, offlineMode: false }));
    expect(status).toMatchObject({ state: 'REJECTED', code: 450 });
    if (status.state === 'REJECTED') expect(status.details.join('\n')).toMatch(/P_15/);
  });

  it('rejects an invoice whose seller is not the context NIP', async () => {
    const client = clientFor(fx.sim);
    const xml = invoiceXml(nextNumber(), [['<NIP>1234563218</NIP>', '<NIP>5261040828</NIP>']]);
    const status = await settled(client, fx.sim, await client.send({ xml, offlineMode: false }));
    expect(status).toMatchObject({ state: 'REJECTED', code: 410, description: 'Nieprawidłowy zakres uprawnień' });
  });

  it('rejects an issue date after the day KSeF receives the invoice', async () => {
    const client = clientFor(fx.sim);
    const xml = invoiceXml(nextNumber(), [['<P_1>2026-02-02</P_1>', '<P_1>2049-12-31</P_1>']]);
    const status = await settled(client, fx.sim, await client.send({ xml, offlineMode: false }));
    expect(status).toMatchObject({ state: 'REJECTED', code: 450 });
    if (status.state === 'REJECTED') expect(status.details.join()).toMatch(/P_1 = 2049-12-31/);
  });

  it('rejects a document with a BOM', async () => {
    const client = clientFor(fx.sim);
    const xml = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), invoiceXml(nextNumber())]);
    expect(await settled(client, fx.sim, await client.send({ xml, offlineMode: false }))).toMatchObject({
      state: 'REJECTED',
      code: 450,
      details: ['Dokument zawiera znacznik BOM.'],
    });
  });

  it('refuses at once a declared hash that does not match what was sent (21403)', async () => {
    const wire = recordingFetch((path, body) =>
      path.endsWith('/invoices')
        ? JSON.stringify({ ...JSON.parse(body), encryptedInvoiceHash: 'A'.repeat(43) + '=' })
        : body,
    );
    const client = clientFor(fx.sim, { fetchImpl: wire.impl });
    const e = await rejection(client.send({ xml: invoiceXml(nextNumber()), offlineMode: false }));
    expect(e).toBeInstanceOf(KsefRequestError);
    expect([e.status, e.code]).toEqual([400, 21403]);
  });

  it("rejects the next valid invoice on setMode('reject-next'), then accepts again", async () => {
    const client = clientFor(fx.sim);
    fx.sim.setMode('reject-next');
    const rejected = await settled(
      client,
      fx.sim,
      await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false }),
    );
    expect(rejected).toMatchObject({ state: 'REJECTED', code: 450 });
    const next = await settled(
      client,
      fx.sim,
      await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false }),
    );
    expect(next.state).toBe('ACCEPTED');
  });
});

describe('technical correction of a rejected offline invoice (offline/korekta-techniczna.md)', () => {
  const hashOf = (b: Buffer) => createHash('sha256').update(b).digest('base64');

  it('is accepted once for the rejected invoice, and refused for an accepted one', async () => {
    const client = clientFor(fx.sim);
    const number = nextNumber();
    const broken = invoiceXml(number, [['<P_15>123.00</P_15>', '<P_15>x</P_15>']]);
    const rejected = await settled(client, fx.sim, await client.send({ xml: broken, offlineMode: true }));
    expect(rejected).toMatchObject({ state: 'REJECTED', code: 450 });

    const fixed = invoiceXml(number);
    const correction = { xml: fixed, offlineMode: true, hashOfCorrectedInvoice: hashOf(broken) };
    expect((await settled(client, fx.sim, await client.send(correction))).state).toBe('ACCEPTED');

    const twice = await rejection(client.send({ ...correction, xml: invoiceXml(nextNumber()) }));
    expect([twice.status, twice.code]).toEqual([400, 21166]);
    const ofAccepted = await rejection(
      client.send({ xml: invoiceXml(nextNumber()), offlineMode: true, hashOfCorrectedInvoice: hashOf(fixed) }),
    );
    expect(ofAccepted.code).toBe(21167);
  });
});

describe('authentication', () => {
  it('fails with KSeF status 450 for a wrong token', async () => {
    const client = clientFor(fx.sim, { token: 'not-the-token' });
    const e = await rejection(client.send({ xml: invoiceXml(nextNumber()), offlineMode: false }));
    expect(e).toBeInstanceOf(KsefRequestError);
    expect(e.code).toBe(450);
    expect(e.details).toEqual(['Nieprawidłowy token']);
  });

  it('fetches the certificates again and repeats once when KSeF says the key was withdrawn (21470)', async () => {
    let spoil = true;
    const wire = recordingFetch((path, body) => {
      if (!path.endsWith('/auth/ksef-token') || !spoil) return body;
      spoil = false;
      return JSON.stringify({ ...JSON.parse(body), publicKeyId: 'W'.repeat(43) + '=' });
    });
    const client = clientFor(fx.sim, { fetchImpl: wire.impl });
    await client.sessionReference();
    expect(wire.count('/auth/ksef-token')).toBe(2);
    expect(wire.count('/security/public-key-certificates')).toBe(2);
  });

  it('fails with 415 for a context the token has no rights in', async () => {
    const client = clientFor(fx.sim, { nip: '5261040828' });
    const e = await rejection(client.sessionReference());
    expect(e).toMatchObject({ code: 415, details: ['Brak przypisanych uprawnień'] });
  });

  it('refreshes an expiring access token with the refresh token, without authenticating again', async () => {
    let offset = 0;
    const wire = recordingFetch();
    const client = clientFor(fx.sim, { fetchImpl: wire.impl, now: () => Date.now() + offset });
    await client.sessionReference();
    offset = 15 * 60_000; // the access token (15 min) is due
    const sent = await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    expect(sent.invoiceReference).toHaveLength(36);
    expect(wire.count('/auth/token/refresh')).toBe(1);
    expect(wire.count('/auth/ksef-token')).toBe(1);
  });
});

describe('refused tokens', () => {
  /** fetch that spoils the bearer token of the first `times` calls whose path ends with `suffix`. */
  function spoiling(suffix: string, times = 1) {
    const calls: string[] = [];
    let left = times;
    const impl: typeof fetch = (input, init) => {
      const path = new URL(String(input)).pathname;
      calls.push(path);
      const headers = { ...(init?.headers as Record<string, string>) };
      if (path.endsWith(suffix) && left-- > 0) headers.Authorization = 'Bearer spoiled';
      return fetch(input, { ...init, headers });
    };
    return { impl, count: (s: string) => calls.filter((c) => c.endsWith(s)).length };
  }

  it('authenticates again when KSeF refuses the refresh token', async () => {
    let offset = 0;
    const wire = spoiling('/auth/token/refresh');
    const client = clientFor(fx.sim, { fetchImpl: wire.impl, now: () => Date.now() + offset });
    await client.sessionReference();
    offset = 15 * 60_000;
    await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    expect(wire.count('/auth/token/refresh')).toBe(1);
    expect(wire.count('/auth/ksef-token')).toBe(2);
  });

  it('gets a fresh access token and repeats the call once when KSeF answers 401', async () => {
    const client = clientFor(fx.sim);
    const sent = await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    const wire = spoiling(`/invoices/${sent.invoiceReference}`);
    const again = clientFor(fx.sim, { fetchImpl: wire.impl });
    expect((await again.status(sent)).state).toMatch(/PROCESSING|ACCEPTED/);
    expect(wire.count(`/invoices/${sent.invoiceReference}`)).toBe(2);
  });
});

describe('sessions', () => {
  it('opens a new session when KSeF has closed the one in use', async () => {
    const wire = recordingFetch();
    const client = clientFor(fx.sim, { fetchImpl: wire.impl });
    const first = await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    // Expired at KSeF while the client still counts on it: KSeF answers 21180.
    fx.sim.sessions.get(first.sessionReference)!.validUntil = Date.now() - 1;
    const second = await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    expect(second.sessionReference).not.toBe(first.sessionReference);
    expect(wire.count('/sessions/online')).toBe(2);
    // The first session's invoices can still be asked about.
    expect((await settled(client, fx.sim, first)).state).toBe('ACCEPTED');
  });

  it('closes its session on request, and the session is then processed', async () => {
    const client = clientFor(fx.sim);
    const sent = await client.send({ xml: invoiceXml(nextNumber()), offlineMode: false });
    await client.closeSession();
    await fx.sim.idle();
    expect(fx.sim.sessions.get(sent.sessionReference)?.status.code).toBe(200);
  });
});

describe('outage', () => {
  it("reports KsefUnavailableError while the simulator is down (503), after the client's retries", async () => {
    const client = clientFor(fx.sim);
    fx.sim.setMode('down');
    try {
      const e = await rejection(client.send({ xml: invoiceXml(nextNumber()), offlineMode: false }));
      expect(e).toBeInstanceOf(KsefUnavailableError);
      expect(e.message).toMatch(/HTTP 503/);
      expect(client.waits).toEqual([500, 1000, 2000]);
    } finally {
      fx.sim.setMode('up');
    }
  });
});
