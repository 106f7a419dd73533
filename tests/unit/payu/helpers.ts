// Test fixtures built in code: a simulator on a random port, a notify receiver that records raw
// bytes and headers, and a client pointed at the simulator.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createPayuClient, type PayuClientOptions } from '@/lib/payments/payu/client';
import { SANDBOX_POS } from '@/lib/payments/payu/config';
import type { NewPayuOrder } from '@/lib/payments/payu/order-request';
import {
  startPayuSimulator,
  type PayuSimulator,
  type PayuSimulatorOptions,
} from '@/lib/payments/payu/simulator/server';

export type Received = {
  n: number;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  json: Record<string, unknown>;
  answered: number;
};

export async function startReceiver(answer: (n: number) => number = () => 200) {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const n = received.length + 1;
      const status = answer(n);
      received.push({
        n,
        headers: req.headers,
        raw,
        json: JSON.parse(raw.toString('utf8')) as Record<string, unknown>,
        answered: status,
      });
      res.writeHead(status).end();
      waiters.splice(0).forEach((w) => w());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/payu/notify`;
  return {
    url,
    received,
    /** Waits until `count` notifications arrived (fails the test after `ms`). */
    async waitFor(count: number, ms = 3000): Promise<Received[]> {
      const deadline = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} notifications, got ${received.length}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
      return received;
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export const startSimulator = (extra: Partial<PayuSimulatorOptions> = {}) =>
  startPayuSimulator({ port: 0, ...SANDBOX_POS, retryDelaysMs: [20], refundDelayMs: 10, ...extra });

export function clientFor(url: string, extra: Partial<PayuClientOptions> = {}) {
  return createPayuClient({
    baseUrl: url,
    posId: SANDBOX_POS.posId,
    clientId: SANDBOX_POS.clientId,
    clientSecret: SANDBOX_POS.clientSecret,
    ...extra,
  });
}

let seq = 0;
export function order(notifyUrl: string, extra: Partial<NewPayuOrder> = {}): NewPayuOrder {
  seq += 1;
  return {
    extOrderId: `test-${process.pid}-${Date.now()}-${seq}`,
    notifyUrl,
    continueUrl: 'http://shop.test/zamowienie/123?krok=platnosc',
    customerIp: '203.0.113.7',
    description: 'Kurs: Matematyka dla klasy 4',
    currencyCode: 'PLN',
    products: [
      { name: 'Matematyka dla klasy 4', unitPrice: 12900, quantity: 1 },
      { name: 'Zeszyt ćwiczeń', unitPrice: 1500, quantity: 2 },
    ],
    buyer: { email: 'rodzic@example.pl', firstName: 'Anna', lastName: 'Nowak', language: 'pl' },
    ...extra,
  };
}

/** Submits the hosted payment form like a browser would, without following the redirect. */
export function submitPayForm(simUrl: string, orderId: string, fields: Record<string, string>) {
  return fetch(`${simUrl}/pay/${orderId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

/** A simulator and a notify receiver for the whole test file, closed after it. */
export function simulatorAndReceiverForFile() {
  const ctx = {} as { sim: PayuSimulator; receiver: Awaited<ReturnType<typeof startReceiver>> };
  beforeAll(async () => {
    ctx.sim = await startSimulator();
    ctx.receiver = await startReceiver();
  });
  afterAll(async () => {
    await ctx.sim.close();
    await ctx.receiver.close();
  });
  return ctx;
}
