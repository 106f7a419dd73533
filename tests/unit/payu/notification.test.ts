import { describe, expect, it } from 'vitest';
import { parseNotification, receiveNotification } from '@/lib/payments/payu/notification';
import { signatureHeader } from '@/lib/payments/payu/signature';

const KEY = 'b6ca15b0d1020e8094d9b5f8d163db54';
// The documented example shape, as PayU sends it (amounts as strings).
const ORDER_BODY = JSON.stringify({
  order: {
    orderId: 'LDLW5N7MF4140324GUEST000P01',
    extOrderId: 'attempt-42',
    orderCreateDate: '2024-03-24T10:53:01.120+01:00',
    notifyUrl: 'http://127.0.0.1/notify',
    customerIp: '127.0.0.1',
    merchantPosId: '300746',
    description: 'Kurs',
    currencyCode: 'PLN',
    totalAmount: '200',
    buyer: { email: 'john.doe@example.org', language: 'pl' },
    payMethod: { type: 'PBL' },
    products: [{ name: 'Product 1', unitPrice: '200', quantity: '1' }],
    status: 'COMPLETED',
  },
  localReceiptDateTime: '2024-03-24T10:55:01.120+01:00',
  properties: [{ name: 'PAYMENT_ID', value: '151471228' }],
});

describe('receiveNotification', () => {
  it('verifies, then parses an order notification with integer amounts', () => {
    expect(receiveNotification(ORDER_BODY, { 'openpayu-signature': signatureHeader(ORDER_BODY, KEY) }, KEY)).toEqual({
      ok: true,
      notification: {
        kind: 'order',
        orderId: 'LDLW5N7MF4140324GUEST000P01',
        extOrderId: 'attempt-42',
        status: 'COMPLETED',
        totalAmount: 200,
        currencyCode: 'PLN',
        paymentId: '151471228',
      },
    });
  });

  it('refuses a bad signature before looking at the body', () => {
    expect(
      receiveNotification(ORDER_BODY, { 'openpayu-signature': signatureHeader(ORDER_BODY, 'wrong') }, KEY),
    ).toEqual({ ok: false, reason: 'signature' });
    expect(receiveNotification('not json', {}, KEY)).toEqual({ ok: false, reason: 'signature' });
  });

  it('reports an authentic body of unknown shape as a format problem', () => {
    const body = '{"hello":"world"}';
    expect(
      receiveNotification(body, new Headers({ 'X-OpenPayU-Signature': signatureHeader(body, KEY, 'SHA-256') }), KEY),
    ).toEqual({ ok: false, reason: 'format' });
  });
});

describe('parseNotification', () => {
  it('parses refund notifications', () => {
    const body = {
      orderId: 'X1',
      extOrderId: 'a',
      refund: {
        refundId: '912128',
        amount: '15516',
        currencyCode: 'PLN',
        status: 'FINALIZED',
        statusDateTime: '2024-01-01T00:00:00.000+01:00',
        reason: 'refund',
        reasonDescription: 'na prośbę',
      },
    };
    expect(parseNotification(JSON.stringify(body))).toEqual({
      kind: 'refund',
      orderId: 'X1',
      extOrderId: 'a',
      refundId: '912128',
      amount: 15516,
      currencyCode: 'PLN',
      status: 'FINALIZED',
    });
  });

  it('rejects unknown statuses and fractional amounts', () => {
    const base = JSON.parse(ORDER_BODY) as { order: Record<string, unknown> };
    expect(parseNotification(JSON.stringify({ ...base, order: { ...base.order, status: 'PAID' } }))).toBeNull();
    expect(parseNotification(JSON.stringify({ ...base, order: { ...base.order, totalAmount: '2.00' } }))).toBeNull();
  });
});
