// Card tokens end to end against the simulator: a card paid with recurring FIRST is saved as a
// multi-use TOKC_ token, read from PayU's payMethods block; a STANDARD order with that token
// completes without the pay page; a token containing DECLINE is refused; the request bodies.
import { describe, expect, it } from 'vitest';
import { storedCardOf } from '@/lib/payments/payu/card-token';
import { toOrderCreateRequest } from '@/lib/payments/payu/order-request';
import { clientFor, order, submitPayForm, simulatorAndReceiverForFile } from './helpers';

const fx = simulatorAndReceiverForFile();
const CARD = { method: 'card', cardNumber: '4444 3333 2222 1111', cardExpiry: '12/29', cardCvv: '123' };

describe('card request bodies', () => {
  it('FIRST asks for the card form and says so in `recurring`', () => {
    const req = toOrderCreateRequest(
      order('http://shop.test/n', { payMethodValue: 'c', recurring: 'FIRST' }),
      '300746',
    );
    expect(req.recurring).toBe('FIRST');
    expect(req.payMethods).toEqual({ payMethod: { type: 'PBL', value: 'c' } });
  });

  it('STANDARD charges the token as payMethods.payMethod CARD_TOKEN', () => {
    const req = toOrderCreateRequest(
      order('http://shop.test/n', { recurring: 'STANDARD', cardToken: 'TOKC_ABC123' }),
      '300746',
    );
    expect(req).toMatchObject({
      recurring: 'STANDARD',
      payMethods: { payMethod: { type: 'CARD_TOKEN', value: 'TOKC_ABC123' } },
      totalAmount: '15900',
    });
  });

  it('refuses a token without STANDARD, or a token beside another method', () => {
    expect(() => toOrderCreateRequest(order('http://x.test/n', { cardToken: 'TOKC_A' }), '1')).toThrow(/STANDARD/);
    expect(() =>
      toOrderCreateRequest(
        order('http://x.test/n', { cardToken: 'TOKC_A', recurring: 'STANDARD', payMethodValue: 'blik' }),
        '1',
      ),
    ).toThrow(/no other payment method/);
  });
});

describe('reading the stored card', () => {
  it.each([
    [
      'the payMethods block of an answer',
      {
        payMethods: {
          payMethod: {
            type: 'CARD_TOKEN',
            value: 'TOKC_KPNZVSLJUNR4DHF5NPVKDPJGMX7',
            card: { number: '424242******4242', expirationMonth: '2', expirationYear: '2029' },
          },
        },
      },
      { token: 'TOKC_KPNZVSLJUNR4DHF5NPVKDPJGMX7', label: '4242 42** **** 4242 (02/29)' },
    ],
    [
      "the order's payMethod in a notification",
      { order: { payMethod: { type: 'CARD_TOKEN', value: 'TOKC_XYZ' } } },
      { token: 'TOKC_XYZ', label: null },
    ],
    [
      'a single-use TOK_ token (never kept)',
      { payMethods: { payMethod: { type: 'CARD_TOKEN', value: 'TOK_1' } } },
      null,
    ],
    ['a card paid without saving', { orders: [{ payMethod: { type: 'CARD_TOKEN' } }] }, null],
    ['a pay-by-link', { orders: [{ payMethod: { type: 'PBL' } }] }, null],
  ])('%s', (_name, body, expected) => {
    expect(storedCardOf(body)).toEqual(expected);
  });
});

describe('simulator: recurring card payments', () => {
  it('saves a card paid with FIRST as a TOKC_ token, shown on the order retrieve', async () => {
    const client = clientFor(fx.sim.url);
    const { orderId, storedCard } = await client.createOrder(
      order(fx.receiver.url, { payMethodValue: 'c', recurring: 'FIRST' }),
    );
    expect(storedCard).toBeNull();
    await submitPayForm(fx.sim.url, orderId, CARD);
    await fx.sim.idle();
    const o = await client.retrieveOrder(orderId);
    expect(o.status).toBe('COMPLETED');
    expect(o.storedCard?.token).toMatch(/^TOKC_[A-Z0-9]{27}$/);
    expect(o.storedCard?.label).toBe('4444 33** **** 1111 (12/29)');
  });

  it('saves nothing for a card paid without FIRST', async () => {
    const client = clientFor(fx.sim.url);
    const { orderId } = await client.createOrder(order(fx.receiver.url, { payMethodValue: 'c' }));
    await submitPayForm(fx.sim.url, orderId, CARD);
    expect((await client.retrieveOrder(orderId)).storedCard).toBeNull();
  });

  it('charges a stored token with STANDARD at once, without the pay page, and notifies COMPLETED', async () => {
    const client = clientFor(fx.sim.url);
    const first = await client.createOrder(order(fx.receiver.url, { payMethodValue: 'c', recurring: 'FIRST' }));
    await submitPayForm(fx.sim.url, first.orderId, CARD);
    const token = (await client.retrieveOrder(first.orderId)).storedCard!.token;

    const next = await client.createOrder(order(fx.receiver.url, { recurring: 'STANDARD', cardToken: token }));
    expect(next.redirectUri).toBe('http://shop.test/zamowienie/123?krok=platnosc');
    expect(next.storedCard?.token).toBe(token);
    expect((await client.retrieveOrder(next.orderId)).status).toBe('COMPLETED');
    await fx.sim.idle();
    const notes = fx.receiver.received.filter(
      (r) => (r.json as { order: { orderId: string } }).order.orderId === next.orderId,
    );
    expect(notes.map((n) => (n.json as { order: { status: string } }).order.status)).toEqual(['PENDING', 'COMPLETED']);
  });

  it('declines a token containing DECLINE: the order ends CANCELED', async () => {
    const client = clientFor(fx.sim.url);
    const o = await client.createOrder(
      order(fx.receiver.url, { recurring: 'STANDARD', cardToken: 'TOKC_TEST_DECLINE' }),
    );
    expect((await client.retrieveOrder(o.orderId)).status).toBe('CANCELED');
  });

  it('refuses STANDARD without a token and a token that is not multi-use', async () => {
    const res = await fetch(`${fx.sim.url}/pl/standard/user/oauth/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=300746&client_secret=2ee86a66e5d97e3fadc400c9f19b065d',
    });
    const { access_token } = (await res.json()) as { access_token: string };
    const post = (body: unknown) =>
      fetch(`${fx.sim.url}/api/v2_1/orders`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        redirect: 'manual',
      });
    const base = toOrderCreateRequest(order(fx.receiver.url), '300746');
    const noToken = await post({ ...base, recurring: 'STANDARD' });
    expect(noToken.status).toBe(400);
    expect(((await noToken.json()) as { status: { statusCode: string } }).status.statusCode).toBe(
      'ERROR_VALUE_MISSING',
    );
    const singleUse = await post({
      ...base,
      recurring: 'STANDARD',
      payMethods: { payMethod: { type: 'CARD_TOKEN', value: 'TOK_1' } },
    });
    expect(((await singleUse.json()) as { status: { statusCode: string } }).status.statusCode).toBe(
      'ERROR_VALUE_INVALID',
    );
  });
});
