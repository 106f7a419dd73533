// Shared set-up for the client↔simulator tests: a simulator per test file, clients that never
// really sleep, a fetch that records what went over the wire, and FA(3) documents from the fixture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createKsefClient, type KsefClientOptions } from '@/lib/invoices/ksef/client/client';
import {
  startKsefSimulator,
  type KsefSimulator,
  type KsefSimulatorOptions,
} from '@/lib/invoices/ksef/simulator/server';
import { KSEF_RATE_LIMITS } from '@/lib/invoices/ksef/simulator/rate-limit';
import type { KsefGateway, KsefInvoiceStatus, KsefSent } from '@/lib/invoices/ksef/types';

export const NIP = '1234563218';
export const TOKEN = '20260101-EC-0123456789-ABCDEF0123-45|nip-1234563218|0f1e2d3c4b5a';

export const FIXTURE = readFileSync(path.join(import.meta.dirname, '../fixtures/fa3-invoice.xml'), 'utf8');

/** The fixture with another invoice number (and optionally other replacements), as UTF-8 bytes. */
export function invoiceXml(number: string, replace: Array<[string, string]> = []): Buffer {
  let xml = FIXTURE.replace('<P_2>FV/2026/000001</P_2>', `<P_2>${number}</P_2>`);
  for (const [from, to] of replace) xml = xml.replaceAll(from, to);
  return Buffer.from(xml, 'utf8');
}

const GROUPS = Object.keys(KSEF_RATE_LIMITS);

let seq = 0;
export const nextNumber = () => `FV/2026/${String(++seq).padStart(6, '0')}`;

export function simulatorForFile(options: Partial<KsefSimulatorOptions> = {}) {
  const fx = { sim: undefined as unknown as KsefSimulator };
  beforeAll(async () => {
    fx.sim = await startKsefSimulator({
      nip: NIP,
      token: TOKEN,
      authDelayMs: 5,
      processingDelayMs: 5,
      // KSeF's own limits (10 invoices a second) are within reach of a fast test run; they have their own test.
      rateLimits: Object.fromEntries(GROUPS.map((g) => [g, { perSecond: 1000 }])),
      ...options,
    });
  });
  afterAll(() => fx.sim.close());
  return fx;
}

/** fetch that records "METHOD /path" of every call (and can rewrite a request body). */
export function recordingFetch(rewrite?: (path: string, body: string) => string) {
  const calls: string[] = [];
  const impl: typeof fetch = (input, init) => {
    const path = new URL(String(input)).pathname;
    calls.push(`${init?.method ?? 'GET'} ${path}`);
    const body = rewrite && typeof init?.body === 'string' ? rewrite(path, init.body) : init?.body;
    return fetch(input, { ...init, body });
  };
  return { impl, calls, count: (suffix: string) => calls.filter((c) => c.endsWith(suffix)).length };
}

export function clientFor(sim: KsefSimulator, options: Partial<KsefClientOptions> = {}) {
  const waits: number[] = [];
  const client = createKsefClient({
    baseUrl: sim.apiUrl,
    nip: NIP,
    token: TOKEN,
    retry: { sleep: async (ms) => void waits.push(ms) },
    authPollDelaysMs: [5, 10, 20, 40, 80, 160],
    ...options,
  });
  return Object.assign(client, { waits });
}

/** Status until KSeF has decided (the simulator processes asynchronously). */
export async function settled(gateway: KsefGateway, sim: KsefSimulator, sent: KsefSent): Promise<KsefInvoiceStatus> {
  await sim.idle();
  return gateway.status(sent);
}

export async function rejection(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p;
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}
