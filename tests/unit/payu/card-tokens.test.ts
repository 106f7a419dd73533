// Card tokens as PayU runs them, against the simulator: a card paid with recurring FIRST by a buyer
// with an extCustomerId is saved for that customer, read back with GET /api/v2_1/paymethods under
// the customer's trusted_merchant token, and charged with recurring STANDARD; the request bodies,
// the token cache per customer, a decline, and tokens or grants that are not the customer's.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { cardLabel, parseCardTokens, pickStoredCard, type PayuCardToken } from '@/lib/payments/payu/card-token';
import { PayuError } from '@/lib/payments/payu/errors';
import { toOrderCreateRequest } from '@/lib/payments/payu/order-request';
import { SANDBOX_POS } from '@/lib/payments/payu/config';
import { clientFor, order, submitPayForm, simulatorAndReceiverForFile } from './helpers';

const fx = simulatorAndReceiverForFile();
const CARD = { method: 'card', cardNumber: '4444 3333 2222 1111', cardExpiry: '12/29', cardCvv: '123' };
let n = 0;
const customer = (email = `rodzic${++n}@example.pl`) => ({ email, extCustomerId: `user-${n}-${Date.now()}` });
const buyer = (c: { email: string; extCustomerId: string }) => ({ ...c, firstName: 'Anna', lastName: 'Nowak' });

/** A FIRST card payment on the pay page by `c`; the retrieved ACTIVE tokens after it. */
async function payFirst(c: { email: string; extCustomerId: string }, card = CARD) {
  const client = clientFor(fx.sim.url);
  const first = await client.createOrder(
    order(fx.receiver.url, { payMethodValue: 'c', recurring: 'FIRST', buyer: buyer(c) }),
  );
  await submitPayForm(fx.sim.url, first.orderId, card);
  return { client, orderId: first.orderId, tokens: await client.retrieveCardTokens(c) };
}

const statusCode = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(PayuError);
  return (e as PayuError).statusCode;
};

describe('card request bodies', () => {
  it('FIRST asks for the card form, names the buyer as a customer and says so in `recurring`', () => {
    const req = toOrderCreateRequest(
      order('http://shop.test/n', { payMethodValue: 'c', recurring: 'FIRST', buyer: buyer(customer()) }),
      '300746',
    );
    expect(req.recurring).toBe('FIRST');
    expect(req.buyer?.extCustomerId).toMatch(/^user-/);
    expect(req.payMethods).toEqual({ payMethod: { type: 'PBL', value: 'c' } });
  });

  it('STANDARD charges the token as payMethods.payMethod CARD_TOKEN', () => {
    const req = toOrderCreateRequest(
      order('http://shop.test/n', { recurring: 'STANDARD', cardToken: 'TOKC_ABC123', buyer: buyer(customer()) }),
      '300746',
    );
    expect(req).toMatchObject({
      recurring: 'STANDARD',
      payMethods: { payMethod: { type: 'CARD_TOKEN', value: 'TOKC_ABC123' } },
      totalAmount: '15900',
    });
  });

  it('refuses a token without STANDARD, a token beside another method, and recurring without extCustomerId', () => {
    const b = buyer(customer());
    expect(() => toOrderCreateRequest(order('http://x.test/n', { cardToken: 'TOKC_A', buyer: b }), '1')).toThrow(
      /STANDARD/,
    );
    expect(() =>
      toOrderCreateRequest(
        order('http://x.test/n', { cardToken: 'TOKC_A', recurring: 'STANDARD', payMethodValue: 'blik', buyer: b }),
        '1',
      ),
    ).toThrow(/no other payment method/);
    expect(() => toOrderCreateRequest(order('http://x.test/n', { recurring: 'FIRST' }), '1')).toThrow(/extCustomerId/);
  });
});

describe('reading PayU cardTokens', () => {
  const token = (value: string, extra: Partial<PayuCardToken> = {}): Record<string, unknown> => ({
    value,
    cardNumberMasked: '411111******1111',
    cardExpirationMonth: 7,
    cardExpirationYear: 2029,
    cardBrand: 'VISA',
    brandImageUrl: 'https://static.payu.com/images/mobile/visa.png',
    preferred: false,
    status: 'ACTIVE',
    ...extra,
  });

  it('keeps multi-use tokens with an expiry (numbers or digit strings), skips the rest', () => {
    const parsed = parseCardTokens([
      token('TOKC_A'),
      { ...token('TOKC_B'), cardExpirationMonth: '2', cardExpirationYear: '2030' },
      token('TOK_SINGLE'),
      { ...token('TOKC_C'), cardExpirationMonth: undefined },
      { ...token('TOKC_D'), status: 'SOMETHING' },
      'junk',
    ]);
    expect(parsed.map((t) => [t.value, t.cardExpirationMonth, t.status])).toEqual([
      ['TOKC_A', 7, 'ACTIVE'],
      ['TOKC_B', 2, 'ACTIVE'],
      ['TOKC_D', 7, 'NEW'],
    ]);
    expect(parseCardTokens(undefined)).toEqual([]);
    expect(cardLabel(parsed[1])).toBe('4111 11** **** 1111 (02/30)');
  });

  it('picks the preferred ACTIVE card, else the newest ACTIVE one, never an EXPIRED one', () => {
    const list = (...t: Record<string, unknown>[]) => parseCardTokens(t);
    expect(pickStoredCard(list(token('TOKC_OLD'), token('TOKC_PREF', { preferred: true }), token('TOKC_NEW')))).toEqual(
      { token: 'TOKC_PREF', label: '4111 11** **** 1111 (07/29)' },
    );
    expect(pickStoredCard(list(token('TOKC_OLD'), token('TOKC_NEW')))?.token).toBe('TOKC_NEW');
    expect(
      pickStoredCard(list(token('TOKC_OK'), token('TOKC_GONE', { preferred: true, status: 'EXPIRED' })))?.token,
    ).toBe('TOKC_OK');
    expect(pickStoredCard(list(token('TOKC_GONE', { status: 'EXPIRED' })))).toBeNull();
  });
});

describe('trusted_merchant token', () => {
  /** A fake PayU that records each OAuth form and each paymethods request. */
  function fakePayu(expiresIn = 43199) {
    const forms: URLSearchParams[] = [];
    const gets: Array<{ auth: string | null; body: unknown }> = [];
    const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url).endsWith('/oauth/authorize')) {
        const form = new URLSearchParams(String(init?.body));
        forms.push(form);
        const grant = form.get('grant_type');
        return Response.json({
          access_token: `${grant}-${forms.length}`,
          token_type: 'bearer',
          expires_in: expiresIn,
          grant_type: grant,
        });
      }
      gets.push({ auth: new Headers(init?.headers).get('authorization'), body: init?.body });
      return Response.json({
        cardTokens: [
          {
            value: 'TOKC_X',
            cardNumberMasked: '411111******1111',
            cardExpirationMonth: 1,
            cardExpirationYear: 2030,
            status: 'ACTIVE',
            preferred: true,
          },
          {
            value: 'TOKC_Y',
            cardNumberMasked: '411111******1111',
            cardExpirationMonth: 1,
            cardExpirationYear: 2020,
            status: 'EXPIRED',
            preferred: false,
          },
        ],
        pexTokens: [],
        payByLinks: [],
        status: { statusCode: 'SUCCESS' },
      });
    }) as typeof fetch;
    return { forms, gets, fetchImpl };
  }

  it('is asked for with the customer’s e-mail and ext_customer_id, and cached per customer until it expires', async () => {
    const payu = fakePayu();
    let now = 1_000_000;
    const client = clientFor('http://payu.test', { fetchImpl: payu.fetchImpl, now: () => now });
    const anna = { email: 'anna@example.pl', extCustomerId: 'u-1' };
    const [a, b] = await Promise.all([client.trustedMerchantToken(anna), client.trustedMerchantToken(anna)]);
    expect(a).toBe(b);
    expect(Object.fromEntries(payu.forms[0])).toEqual({
      grant_type: 'trusted_merchant',
      client_id: SANDBOX_POS.clientId,
      client_secret: SANDBOX_POS.clientSecret,
      email: 'anna@example.pl',
      ext_customer_id: 'u-1',
    });
    expect(await client.trustedMerchantToken(anna)).toBe(a);
    const other = await client.trustedMerchantToken({ email: 'jan@example.pl', extCustomerId: 'u-2' });
    expect(other).not.toBe(a);
    expect(payu.forms).toHaveLength(2);
    now += 43199 * 1000;
    expect(await client.trustedMerchantToken(anna)).not.toBe(a);
    expect(payu.forms).toHaveLength(3);
  });

  it('reads the ACTIVE cards with a bodiless GET under the customer’s token, not the POS’s', async () => {
    const payu = fakePayu();
    const client = clientFor('http://payu.test', { fetchImpl: payu.fetchImpl });
    const tokens = await client.retrieveCardTokens({ email: 'anna@example.pl', extCustomerId: 'u-1' });
    expect(tokens.map((t) => t.value)).toEqual(['TOKC_X']);
    expect(payu.gets).toEqual([{ auth: 'Bearer trusted_merchant-1', body: undefined }]);
    expect(payu.forms.map((f) => f.get('grant_type'))).toEqual(['trusted_merchant']);
  });
});

describe('simulator: stored cards', () => {
  it('saves a card paid with FIRST for the buyer, listed in PayU’s cardTokens shape', async () => {
    const c = customer();
    const { tokens } = await payFirst(c);
    expect(tokens).toEqual([
      {
        value: expect.stringMatching(/^TOKC_[A-Z0-9]{27}$/),
        cardNumberMasked: '444433******1111',
        cardExpirationMonth: 12,
        cardExpirationYear: 2029,
        cardBrand: 'VISA',
        brandImageUrl: expect.stringMatching(/^https:\/\/static\.payu\.com\//),
        preferred: true,
        status: 'ACTIVE',
      },
    ]);
    expect(pickStoredCard(tokens)?.label).toBe('4444 33** **** 1111 (12/29)');
    // Nobody else sees it: another customer, or the POS's own client_credentials token.
    const client = clientFor(fx.sim.url);
    expect(await client.retrieveCardTokens(customer())).toEqual([]);
    expect((await client.payMethods()).cardTokens).toEqual([]);
  });

  it('the same card paid again keeps its token; a card paid without FIRST saves nothing', async () => {
    const c = customer();
    const once = (await payFirst(c)).tokens;
    const twice = (await payFirst(c)).tokens;
    expect(twice.map((t) => t.value)).toEqual(once.map((t) => t.value));
    const client = clientFor(fx.sim.url);
    const plain = customer();
    const { orderId } = await client.createOrder(order(fx.receiver.url, { payMethodValue: 'c', buyer: buyer(plain) }));
    await submitPayForm(fx.sim.url, orderId, CARD);
    expect((await client.retrieveOrder(orderId)).status).toBe('COMPLETED');
    expect(await client.retrieveCardTokens(plain)).toEqual([]);
  });

  it('charges the retrieved token with STANDARD at once, without the pay page, and notifies COMPLETED', async () => {
    const c = customer();
    const { client, tokens } = await payFirst(c);
    const token = pickStoredCard(tokens)!.token;
    const next = await client.createOrder(
      order(fx.receiver.url, { recurring: 'STANDARD', cardToken: token, buyer: buyer(c) }),
    );
    expect(next.redirectUri).toBe('http://shop.test/zamowienie/123?krok=platnosc');
    expect((await client.retrieveOrder(next.orderId)).status).toBe('COMPLETED');
    await fx.sim.idle();
    const notes = fx.receiver.received.filter(
      (r) => (r.json as { order: { orderId: string } }).order.orderId === next.orderId,
    );
    expect(notes.map((r) => (r.json as { order: { status: string } }).order.status)).toEqual(['PENDING', 'COMPLETED']);
    expect((notes[1].json as { order: { payMethod: unknown } }).order.payMethod).toEqual({ type: 'CARD_TOKEN' });
  });

  it('declines the stored card of a buyer whose e-mail says "decline": the order ends CANCELED', async () => {
    const c = customer(`decline-${++n}@example.pl`);
    const { client, tokens } = await payFirst(c);
    const token = pickStoredCard(tokens)!.token;
    expect(token).toMatch(/^TOKC_DECLINE/);
    const o = await client.createOrder(
      order(fx.receiver.url, { recurring: 'STANDARD', cardToken: token, buyer: buyer(c) }),
    );
    expect((await client.retrieveOrder(o.orderId)).status).toBe('CANCELED');
  });

  it('refuses a token it does not know, or another customer’s, with ERROR_VALUE_INVALID', async () => {
    const c = customer();
    const { client, tokens } = await payFirst(c);
    const token = pickStoredCard(tokens)!.token;
    const standard = (cardToken: string, who: { email: string; extCustomerId: string }) =>
      client.createOrder(order(fx.receiver.url, { recurring: 'STANDARD', cardToken, buyer: buyer(who) }));
    expect(await statusCode(standard('TOKC_NEVERSAVED', c))).toBe('ERROR_VALUE_INVALID');
    expect(await statusCode(standard(token, customer()))).toBe('ERROR_VALUE_INVALID');
  });
});

describe('simulator: requests PayU refuses', () => {
  async function bearer(form: Record<string, string>) {
    const res = await fetch(`${fx.sim.url}/pl/standard/user/oauth/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: SANDBOX_POS.clientId, client_secret: SANDBOX_POS.clientSecret, ...form }),
    });
    return { status: res.status, body: (await res.json()) as { access_token?: string; grant_type?: string } };
  }

  it('trusted_merchant needs email and ext_customer_id, and answers with its grant type', async () => {
    expect((await bearer({ grant_type: 'trusted_merchant', email: 'a@example.pl' })).status).toBe(400);
    const ok = await bearer({ grant_type: 'trusted_merchant', email: 'a@example.pl', ext_customer_id: 'u-9' });
    expect(ok).toMatchObject({ status: 200, body: { grant_type: 'trusted_merchant', token_type: 'bearer' } });
  });

  it('a GET with a body is refused with 403, an unknown token with 401', async () => {
    const { body } = await bearer({ grant_type: 'trusted_merchant', email: 'a@example.pl', ext_customer_id: 'u-9' });
    const url = new URL(`${fx.sim.url}/api/v2_1/paymethods`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'GET',
          headers: {
            Authorization: `Bearer ${body.access_token}`,
            'Content-Type': 'application/json',
            'Content-Length': '7',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{"x":1}');
    });
    expect(status).toBe(403);
    expect((await fetch(url, { headers: { Authorization: 'Bearer not-issued' } })).status).toBe(401);
  });

  it('refuses FIRST or STANDARD without buyer.extCustomerId, STANDARD without a token, a single-use token', async () => {
    const { body } = await bearer({ grant_type: 'client_credentials' });
    const post = async (payload: unknown) => {
      const res = await fetch(`${fx.sim.url}/api/v2_1/orders`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${body.access_token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
        redirect: 'manual',
      });
      return { http: res.status, ...((await res.json()) as { status: { statusCode: string; codeLiteral?: string } }) };
    };
    const base = toOrderCreateRequest(order(fx.receiver.url), '300746');
    const c = buyer(customer());
    expect(
      await post({ ...base, recurring: 'FIRST', payMethods: { payMethod: { type: 'PBL', value: 'c' } } }),
    ).toMatchObject({
      http: 400,
      status: { statusCode: 'ERROR_VALUE_MISSING', codeLiteral: 'MISSING_BUYER_EXT_CUSTOMER_ID' },
    });
    expect(await post({ ...base, buyer: c, recurring: 'STANDARD' })).toMatchObject({
      http: 400,
      status: { statusCode: 'ERROR_VALUE_MISSING' },
    });
    expect(
      await post({
        ...base,
        buyer: c,
        recurring: 'STANDARD',
        payMethods: { payMethod: { type: 'CARD_TOKEN', value: 'TOK_1' } },
      }),
    ).toMatchObject({ http: 400, status: { statusCode: 'ERROR_VALUE_INVALID' } });
  });
});
