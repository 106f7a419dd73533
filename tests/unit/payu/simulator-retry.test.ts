// Notification delivery: only HTTP 200 counts, failures are retried on the (scaled) schedule,
// and one order's notifications never overtake each other.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_POS } from '@/lib/payments/payu/config';
import { verifySignature } from '@/lib/payments/payu/signature';
import type { PayuSimulator } from '@/lib/payments/payu/simulator/server';
import type { OrderNotification } from '@/lib/payments/payu/types';
import { clientFor, order, startReceiver, startSimulator, submitPayForm } from './helpers';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function world(answer: (n: number) => number, retryDelaysMs: number[]) {
  const sim: PayuSimulator = await startSimulator({ retryDelaysMs });
  const receiver = await startReceiver(answer);
  cleanup.push(
    () => sim.close(),
    () => receiver.close(),
  );
  return { sim, receiver, client: clientFor(sim.url) };
}

const status = (json: unknown) => (json as OrderNotification).order.status;

describe('notification retries', () => {
  it('retries after a 500 and then delivers the same signed bytes; COMPLETED waits for PENDING', async () => {
    const { sim, receiver, client } = await world((n) => (n === 1 ? 500 : 200), [40]);
    const { orderId } = await client.createOrder(order(receiver.url));
    const started = Date.now();
    await submitPayForm(sim.url, orderId, { method: 'blik', blikCode: '777123' });
    await sim.idle();

    const got = receiver.received;
    expect(got.map((r) => [status(r.json), r.answered])).toEqual([
      ['PENDING', 500],
      ['PENDING', 200],
      ['COMPLETED', 200],
    ]);
    expect(got[1].raw.equals(got[0].raw)).toBe(true);
    expect(
      got.every((r) => verifySignature(r.raw, r.headers['openpayu-signature'] as string, SANDBOX_POS.secondKey)),
    ).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(sim.deliveries.map((d) => [d.label, d.attempt, d.httpStatus])).toEqual([
      ['order PENDING', 1, 500],
      ['order PENDING', 2, 200],
      ['order COMPLETED', 1, 200],
    ]);
  });

  it('treats any status other than 200 (even 204) as a failure', async () => {
    const { sim, receiver, client } = await world((n) => (n <= 2 ? 204 : 200), [5]);
    const { orderId } = await client.createOrder(order(receiver.url));
    await client.cancelOrder(orderId);
    await sim.idle();
    expect(receiver.received.map((r) => r.answered)).toEqual([204, 204, 200]);
    expect(receiver.received.every((r) => status(r.json) === 'CANCELED')).toBe(true);
  });

  it('retries network failures and gives up after 20 tries in total', async () => {
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(dead.address() as AddressInfo).port}/notify`;
    await new Promise<void>((r) => dead.close(() => r()));

    const { sim, client } = await world(() => 200, [0, 1, 2]);
    const { orderId } = await client.createOrder(order(url));
    await client.cancelOrder(orderId);
    await sim.idle();
    expect(sim.deliveries).toHaveLength(20);
    expect(sim.deliveries.every((d) => d.httpStatus === null && d.error)).toBe(true);
    expect(sim.deliveries.map((d) => d.attempt)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('stops retrying when the simulator closes', async () => {
    const { sim, receiver, client } = await world(() => 503, [60_000]);
    const { orderId } = await client.createOrder(order(receiver.url));
    await client.cancelOrder(orderId);
    await receiver.waitFor(1);
    await sim.close();
    await sim.idle();
    expect(receiver.received).toHaveLength(1);
  });
});
