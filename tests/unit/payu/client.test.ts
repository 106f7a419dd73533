// The client against the simulator over real HTTP: what PayU answers and how we map it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PayuError, PayuUnavailableError } from '@/lib/payments/payu/errors';
import { clientFor, order, submitPayForm, simulatorAndReceiverForFile } from './helpers';

const fx = simulatorAndReceiverForFile();

/** fetch that counts calls per path, so tests can see OAuth traffic. */
function countingFetch() {
  const calls: string[] = [];
  const impl: typeof fetch = (input, init) => {
    calls.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
    return fetch(input, init);
  };
  return { impl, calls, oauth: () => calls.filter((c) => c.endsWith('/oauth/authorize')).length };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('OAuth token', () => {
  it('is fetched once for concurrent and later requests', async () => {
    const f = countingFetch();
    const client = clientFor(fx.sim.url, { fetchImpl: f.impl });
    const created = await Promise.all([1, 2, 3].map(() => client.createOrder(order(fx.receiver.url))));
    await client.retrieveOrder(created[0].orderId);
    expect(f.oauth()).toBe(1);
    expect(f.calls.filter((c) => c === 'POST /api/v2_1/orders')).toHaveLength(3);
  });

  it('is renewed 60 s before it expires (43199 s)', async () => {
    const f = countingFetch();
    let now = 1_000_000;
    const client = clientFor(fx.sim.url, { fetchImpl: f.impl, now: () => now });
    const { orderId } = await client.createOrder(order(fx.receiver.url));
    now += (43199 - 61) * 1000;
    await client.retrieveOrder(orderId);
    expect(f.oauth()).toBe(1);
    now += 2000;
    await client.retrieveOrder(orderId);
    expect(f.oauth()).toBe(2);
  });

  it('is replaced once when PayU rejects it with 401', async () => {
    const f = countingFetch();
    let spoiled = false;
    const impl: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      if (!spoiled && headers.has('authorization')) {
        spoiled = true;
        headers.set('authorization', 'Bearer revoked-token');
        return f.impl(input, { ...init, headers });
      }
      return f.impl(input, init);
    };
    const client = clientFor(fx.sim.url, { fetchImpl: impl });
    const created = await client.createOrder(order(fx.receiver.url));
    expect(created.orderId).toMatch(/^[A-Z0-9]{10}\d{6}GUEST000P01$/);
    expect(f.oauth()).toBe(2);
  });

  it('maps bad credentials to PayuError 401 invalid_client', async () => {
    const client = clientFor(fx.sim.url, { clientSecret: 'wrong' });
    const e = await rejection(client.retrieveOrder('X'));
    expect(e).toBeInstanceOf(PayuError);
    expect(e).toMatchObject({ httpStatus: 401, statusCode: 'UNAUTHORIZED', codeLiteral: 'invalid_client' });
  });
});

describe('createOrder', () => {
  it('returns the 302 body without following the redirect', async () => {
    const statuses: number[] = [];
    const client = clientFor(fx.sim.url, {
      fetchImpl: async (input, init) => {
        const res = await fetch(input, init);
        statuses.push(res.status);
        return res;
      },
    });
    const req = order(fx.receiver.url);
    const created = await client.createOrder(req);
    expect(statuses).toEqual([200, 302]);
    expect(created.extOrderId).toBe(req.extOrderId);
    expect(created.redirectUri).toBe(`${fx.sim.url}/pay/${created.orderId}`);
    // Following the redirect would have opened the pay page and made the order PENDING.
    const stored = fx.sim.orders.get(created.orderId);
    expect(stored?.status).toBe('NEW');
    expect(stored?.totalAmount).toBe(12900 + 2 * 1500);
    expect(stored?.products).toEqual([
      { name: 'Matematyka dla klasy 4', unitPrice: '12900', quantity: '1' },
      { name: 'Zeszyt ćwiczeń', unitPrice: '1500', quantity: '2' },
    ]);
    expect(
      fx.receiver.received.filter((r) => (r.json.order as { orderId?: string })?.orderId === created.orderId),
    ).toHaveLength(0);
  });

  it.each([
    ['customerIp 0.0.0.0', { customerIp: '0.0.0.0' }, 'ERROR_VALUE_INVALID', 'INVALID_CUSTOMER_IP'],
    ['customerIp not an IP', { customerIp: 'localhost' }, 'ERROR_VALUE_INVALID', 'INVALID_CUSTOMER_IP'],
    ['empty description', { description: '' }, 'ERROR_VALUE_MISSING', 'MISSING_DESCRIPTION'],
    ['empty notifyUrl', { notifyUrl: '' }, 'ERROR_VALUE_MISSING', 'MISSING_NOTIFY_URL'],
    ['no products', { products: [] }, 'ERROR_VALUE_MISSING', 'MISSING_PRODUCTS'],
    ['currency the POS does not take', { currencyCode: 'EUR' }, 'ERROR_VALUE_INVALID', 'INVALID_CURRENCY_CODE'],
  ])('maps a validation error to PayuError (%s)', async (_name, override, statusCode, codeLiteral) => {
    const e = await rejection(clientFor(fx.sim.url).createOrder(order(fx.receiver.url, override)));
    expect(e).toBeInstanceOf(PayuError);
    expect(e).toMatchObject({ httpStatus: 400, statusCode, codeLiteral });
  });

  it('rejects a POS id other than the authorised one', async () => {
    const client = clientFor(fx.sim.url, { posId: '999999' });
    await expect(client.createOrder(order(fx.receiver.url))).rejects.toMatchObject({
      httpStatus: 400,
      codeLiteral: 'INVALID_MERCHANT_POS_ID',
    });
  });

  it('refuses a second order with the same extOrderId (ERROR_ORDER_NOT_UNIQUE, code 110)', async () => {
    const client = clientFor(fx.sim.url);
    const req = order(fx.receiver.url);
    await client.createOrder(req);
    const e = await rejection(client.createOrder({ ...req, description: 'Ponowna próba' }));
    expect(e).toBeInstanceOf(PayuError);
    expect(e).toMatchObject({ httpStatus: 400, statusCode: 'ERROR_ORDER_NOT_UNIQUE', code: '110' });
  });

  it('refuses amounts that are not integer minor units before calling PayU', async () => {
    const req = order(fx.receiver.url, { products: [{ name: 'x', unitPrice: 12.5, quantity: 1 }] });
    await expect(clientFor(fx.sim.url).createOrder(req)).rejects.toBeInstanceOf(RangeError);
  });
});

describe('retrieve, cancel, refund', () => {
  it('retrieves the order with amounts as numbers and the payment id once paid', async () => {
    const client = clientFor(fx.sim.url);
    const req = order(fx.receiver.url);
    const { orderId } = await client.createOrder(req);
    expect(await client.retrieveOrder(orderId)).toMatchObject({
      orderId,
      extOrderId: req.extOrderId,
      status: 'NEW',
      totalAmount: 15900,
      currencyCode: 'PLN',
      paymentId: undefined,
    });
    await submitPayForm(fx.sim.url, orderId, { method: 'blik', blikCode: '777123' });
    const paid = await client.retrieveOrder(orderId);
    expect(paid.status).toBe('COMPLETED');
    expect(paid.paymentId).toMatch(/^\d{10}$/);
  });

  it('maps an unknown order to PayuError 404 DATA_NOT_FOUND', async () => {
    await expect(clientFor(fx.sim.url).retrieveOrder('NOSUCHORDER')).rejects.toMatchObject({
      httpStatus: 404,
      statusCode: 'DATA_NOT_FOUND',
    });
  });

  it('cancels an unpaid order but not a completed one', async () => {
    const client = clientFor(fx.sim.url);
    const a = await client.createOrder(order(fx.receiver.url));
    await client.cancelOrder(a.orderId);
    expect(fx.sim.orders.get(a.orderId)?.status).toBe('CANCELED');
    await client.cancelOrder(a.orderId); // repeat is harmless

    const b = await client.createOrder(order(fx.receiver.url));
    await submitPayForm(fx.sim.url, b.orderId, { method: 'bank', bank: 'm' });
    await expect(client.cancelOrder(b.orderId)).rejects.toBeInstanceOf(PayuError);
    expect(fx.sim.orders.get(b.orderId)?.status).toBe('COMPLETED');
  });

  it('refunds only completed orders, idempotently on extRefundId, never above what is left', async () => {
    const client = clientFor(fx.sim.url);
    const { orderId } = await client.createOrder(order(fx.receiver.url));
    await expect(client.refund(orderId, { description: 'Zwrot', extRefundId: 'r0' })).rejects.toMatchObject({
      statusCode: 'OPENPAYU_BUSINESS_ERROR',
      codeLiteral: 'TRANS_NOT_ENDED',
    });

    await submitPayForm(fx.sim.url, orderId, { method: 'blik', blikCode: '777000' });
    const first = await client.refund(orderId, { description: 'Zwrot części', extRefundId: 'r1', amount: 5000 });
    expect(first).toMatchObject({ extRefundId: 'r1', amount: 5000, currencyCode: 'PLN', status: 'PENDING' });
    const again = await client.refund(orderId, { description: 'Zwrot części', extRefundId: 'r1', amount: 5000 });
    expect(again.refundId).toBe(first.refundId);
    expect(fx.sim.orders.get(orderId)?.refunds).toHaveLength(1);

    await expect(
      client.refund(orderId, { description: 'Zwrot części', extRefundId: 'r1', amount: 6000 }),
    ).rejects.toMatchObject({ codeLiteral: 'REFUND_IDEMPOTENCY_MISMATCH' });
    await expect(
      client.refund(orderId, { description: 'Za dużo', extRefundId: 'r2', amount: 10901 }),
    ).rejects.toMatchObject({ httpStatus: 400, codeLiteral: 'AMOUNT_TO_BIG' });

    const rest = await client.refund(orderId, { description: 'Reszta', extRefundId: 'r3' });
    expect(rest.amount).toBe(15900 - 5000);
    expect(rest.refundId).not.toBe(first.refundId);
  });
});

describe('PayuUnavailableError', () => {
  it('is thrown when nothing listens at the base URL', async () => {
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((r) => dead.close(() => r()));
    const e = await rejection(clientFor(`http://127.0.0.1:${port}`).createOrder(order(fx.receiver.url)));
    expect(e).toBeInstanceOf(PayuUnavailableError);
    expect(e).not.toBeInstanceOf(PayuError);
  });

  it('is thrown on a 5xx answer, with the HTTP status', async () => {
    const broken = createServer((_req, res) =>
      res.writeHead(503, { 'Content-Type': 'text/html' }).end('<h1>Service Unavailable</h1>'),
    );
    await new Promise<void>((r) => broken.listen(0, '127.0.0.1', r));
    try {
      const e = await rejection(
        clientFor(`http://127.0.0.1:${(broken.address() as AddressInfo).port}`).retrieveOrder('X'),
      );
      expect(e).toBeInstanceOf(PayuUnavailableError);
      expect(e).toMatchObject({ httpStatus: 503 });
    } finally {
      await new Promise<void>((r) => broken.close(() => r()));
    }
  });

  it('is thrown when PayU does not answer in time', async () => {
    const slow = createServer(() => {});
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    try {
      const client = clientFor(`http://127.0.0.1:${(slow.address() as AddressInfo).port}`, { timeoutMs: 100 });
      await expect(client.retrieveOrder('X')).rejects.toBeInstanceOf(PayuUnavailableError);
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((r) => slow.close(() => r()));
    }
  });
});
