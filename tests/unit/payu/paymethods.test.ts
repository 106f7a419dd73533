// The POS's methods (GET /api/v2_1/paymethods), the simulator's refusal of PLN-only methods in a
// foreign currency, and its card form with the sandbox test cards and a 3-D Secure step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePayByLinks } from '@/lib/payments/payu/client';
import { PayuError } from '@/lib/payments/payu/errors';
import type { OrderNotification } from '@/lib/payments/payu/types';
import type { PayuSimulator } from '@/lib/payments/payu/simulator/server';
import { clientFor, order, startReceiver, startSimulator, submitPayForm, type Received } from './helpers';

let sim: PayuSimulator;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  sim = await startSimulator({ currencies: ['PLN', 'EUR', 'GBP', 'USD'] });
  receiver = await startReceiver();
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});

const eur = (extra = {}) =>
  order(receiver.url, {
    currencyCode: 'EUR',
    products: [{ name: 'Pakiet Standard', unitPrice: 69900, quantity: 1 }],
    ...extra,
  });
const card = { method: 'card', cardExpiry: '12/29', cardCvv: '123' };
const notesFor = (orderId: string) =>
  receiver.received
    .filter((r: Received) => (r.json as OrderNotification).order?.orderId === orderId)
    .map((r) => (r.json as OrderNotification).order);

describe('parsePayByLinks', () => {
  it('reads PayU’s entries, numbers or digit strings as limits, and skips what it cannot use', () => {
    expect(
      parsePayByLinks([
        {
          value: 'c',
          name: 'Płatność online kartą płatniczą',
          brandImageUrl: 'u',
          status: 'ENABLED',
          minAmount: 50,
          maxAmount: 99999999,
        },
        { value: 'blik', name: 'BLIK', brandImageUrl: 'b', status: 'TEMPORARY_DISABLED', minAmount: '100' },
        { value: 'x', status: 'SOMETHING_NEW' },
        { name: 'no value' },
        'junk',
      ]),
    ).toEqual([
      {
        value: 'c',
        name: 'Płatność online kartą płatniczą',
        brandImageUrl: 'u',
        status: 'ENABLED',
        minAmount: 50,
        maxAmount: 99999999,
      },
      { value: 'blik', name: 'BLIK', brandImageUrl: 'b', status: 'TEMPORARY_DISABLED', minAmount: 100 },
      { value: 'x', name: 'x', brandImageUrl: '', status: 'DISABLED' },
    ]);
    expect(parsePayByLinks(undefined)).toEqual([]);
  });
});

describe('GET /api/v2_1/paymethods', () => {
  it('lists the card form, BLIK and the banks with an OAuth bearer', async () => {
    const methods = await clientFor(sim.url).payMethods();
    expect(methods.payByLinks.map((m) => m.value)).toEqual(['c', 'blik', 'm', 'p', 'ing', 'wbk', 'o']);
    expect(methods.payByLinks[0]).toMatchObject({ value: 'c', status: 'ENABLED', minAmount: 5 });
    expect(methods.cardTokens).toEqual([]);
  });

  it('answers 401 without a token', async () => {
    expect((await fetch(`${sim.url}/api/v2_1/paymethods`)).status).toBe(401);
  });
});

describe('PLN-only methods in a foreign currency', () => {
  it.each(['blik', 'm'])('refuses %s in EUR with ERROR_VALUE_INVALID (HTTP 400)', async (value) => {
    const err = await clientFor(sim.url)
      .createOrder(eur({ payMethodValue: value }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PayuError);
    expect(err).toMatchObject({ httpStatus: 400, statusCode: 'ERROR_VALUE_INVALID' });
    expect((err as PayuError).statusDesc).toContain('not available in EUR');
  });

  it('accepts the card form in EUR and shows only the card there', async () => {
    const { redirectUri } = await clientFor(sim.url).createOrder(eur({ payMethodValue: 'c' }));
    const html = await (await fetch(redirectUri)).text();
    expect(html).toContain('<label for="cardNumber">Numer karty</label>');
    expect(html).toContain('699,00\u00a0€');
    expect(html).not.toContain('blikCode');
    expect(html).not.toContain('mBank');
  });

  it('offers no BLIK on the method page of a GBP order, and refuses a BLIK code posted anyway', async () => {
    const { orderId, redirectUri } = await clientFor(sim.url).createOrder(eur({ currencyCode: 'GBP' }));
    const html = await (await fetch(redirectUri)).text();
    expect(html).not.toContain('blikCode');
    expect(html).toContain('cardNumber');
    const res = await submitPayForm(sim.url, orderId, { method: 'blik', blikCode: '777123' });
    expect(res.status).toBe(400);
    expect(sim.orders.get(orderId)?.status).not.toBe('COMPLETED');
  });
});

describe('card form', () => {
  it('pays with 4444 3333 2222 1111 and notifies COMPLETED with payMethod CARD_TOKEN', async () => {
    const { orderId } = await clientFor(sim.url).createOrder(eur({ payMethodValue: 'c' }));
    const res = await submitPayForm(sim.url, orderId, { ...card, cardNumber: '4444 3333 2222 1111' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('http://shop.test/zamowienie/123?krok=platnosc');
    await sim.idle();
    const notes = notesFor(orderId);
    expect(notes.map((o) => o.status)).toEqual(['PENDING', 'COMPLETED']);
    expect(notes[1]).toMatchObject({ currencyCode: 'EUR', totalAmount: '69900', payMethod: { type: 'CARD_TOKEN' } });
  });

  it('cancels on the declined card 5000105018126595 and sends the buyer back with error=501', async () => {
    const { orderId } = await clientFor(sim.url).createOrder(eur({ payMethodValue: 'c' }));
    const res = await submitPayForm(sim.url, orderId, { ...card, cardNumber: '5000105018126595' });
    expect(res.headers.get('location')).toContain('error=501');
    await sim.idle();
    expect(sim.orders.get(orderId)?.status).toBe('CANCELED');
  });

  it('asks for 3-D Secure on 4012001037141112, then completes once confirmed', async () => {
    const { orderId } = await clientFor(sim.url).createOrder(eur({ payMethodValue: 'c' }));
    const step = await submitPayForm(sim.url, orderId, { ...card, cardNumber: '4012001037141112' });
    expect(step.status).toBe(200);
    expect(await step.text()).toContain('3-D Secure');
    expect(sim.orders.get(orderId)?.status).toBe('PENDING');
    const res = await submitPayForm(sim.url, orderId, { method: '3ds', decision: 'confirm' });
    expect(res.status).toBe(303);
    await sim.idle();
    expect(sim.orders.get(orderId)?.status).toBe('COMPLETED');
  });

  it('cancels when 3-D Secure is not confirmed', async () => {
    const { orderId } = await clientFor(sim.url).createOrder(eur({ payMethodValue: 'c' }));
    await submitPayForm(sim.url, orderId, { ...card, cardNumber: '4012001037141112' });
    await submitPayForm(sim.url, orderId, { method: '3ds', decision: 'reject' });
    await sim.idle();
    expect(sim.orders.get(orderId)?.status).toBe('CANCELED');
  });

  it.each([
    ['4444333322221112', '12/29', '123', 'Nieprawidłowy numer karty'],
    ['4444333322221111', '13/29', '123', 'MM/RR'],
    ['4444333322221111', '01/20', '123', 'straciła ważność'],
    ['4444333322221111', '12/29', '', 'CVV'],
    ['4000000000003220', '12/29', '123', 'kart testowych'],
  ])('keeps the order payable and the number typed for %s %s %s', async (cardNumber, cardExpiry, cardCvv, error) => {
    const { orderId } = await clientFor(sim.url).createOrder(eur({ payMethodValue: 'c' }));
    const res = await submitPayForm(sim.url, orderId, { method: 'card', cardNumber, cardExpiry, cardCvv });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(error);
    expect(html).toContain(`value="${cardNumber}"`);
    expect(sim.orders.get(orderId)?.status).not.toMatch(/COMPLETED|CANCELED/);
  });
});
