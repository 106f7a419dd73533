// The buyer's side of the simulator and the notifications it sends, checked the way our webhook
// will check them: signature over the raw bytes with the second key, then the body.
import { describe, expect, it } from 'vitest';
import { SANDBOX_POS } from '@/lib/payments/payu/config';
import { receiveNotification } from '@/lib/payments/payu/notification';
import { verifySignature } from '@/lib/payments/payu/signature';
import type { OrderNotification, RefundNotification } from '@/lib/payments/payu/types';
import { type Received, clientFor, order, submitPayForm, simulatorAndReceiverForFile } from './helpers';

const fx = simulatorAndReceiverForFile();

const CONTINUE = 'http://shop.test/zamowienie/123?krok=platnosc';
const forOrder = (orderId: string) => (r: Received) => (r.json as OrderNotification).order?.orderId === orderId;
const statuses = (list: Received[]) => list.map((r) => (r.json as OrderNotification).order.status);

async function paidVia(fields: Record<string, string>) {
  const { orderId } = await clientFor(fx.sim.url).createOrder(order(fx.receiver.url));
  const res = await submitPayForm(fx.sim.url, orderId, fields);
  await fx.sim.idle();
  return { orderId, res, notes: fx.receiver.received.filter(forOrder(orderId)) };
}

describe('hosted payment page', () => {
  it('is Polish, labelled, shows the description and the pl-PL amount, and marks the order PENDING', async () => {
    const client = clientFor(fx.sim.url);
    const { orderId, redirectUri } = await client.createOrder(
      order(fx.receiver.url, { description: 'Kurs <Fizyka> & więcej' }),
    );
    const res = await fetch(redirectUri);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="pl">');
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toContain('Kurs &lt;Fizyka&gt; &amp; więcej');
    expect(html).toContain('159,00\u00a0zł');
    expect(html).toMatch(/<label for="blikCode">Kod BLIK<\/label>/);
    expect(html).toContain('id="blikCode" name="blikCode"');
    for (const bank of ['mBank', 'PKO BP', 'ING', 'Santander', 'Pekao']) expect(html).toContain(bank);
    expect(html).toContain('Odrzuć płatność');

    await fx.sim.idle();
    expect(fx.sim.orders.get(orderId)?.status).toBe('PENDING');
    expect(statuses(fx.receiver.received.filter(forOrder(orderId)))).toEqual(['PENDING']);
  });

  it('answers 404 for an unknown order', async () => {
    const res = await fetch(`${fx.sim.url}/pay/NOSUCHORDER`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Nie znaleziono zamówienia');
  });
});

describe('BLIK sandbox codes', () => {
  it('777xxx pays: 303 to continueUrl, then signed PENDING and COMPLETED notifications', async () => {
    const { orderId, res, notes } = await paidVia({ method: 'blik', blikCode: '777123' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(CONTINUE);
    expect(statuses(notes)).toEqual(['PENDING', 'COMPLETED']);

    const completed = notes[1];
    expect(completed.headers['content-type']).toMatch(/^application\/json/);
    const header = completed.headers['openpayu-signature'] as string;
    expect(header).toMatch(/^sender=checkout;signature=[0-9a-f]{32};algorithm=MD5;content=DOCUMENT$/);
    expect(completed.headers['x-openpayu-signature']).toBe(header);
    expect(verifySignature(completed.raw, header, SANDBOX_POS.secondKey)).toBe(true);
    expect(verifySignature(completed.raw, header, 'not-the-second-key')).toBe(false);

    const body = completed.json as OrderNotification;
    expect(body.order).toMatchObject({
      orderId,
      notifyUrl: fx.receiver.url,
      customerIp: '203.0.113.7',
      merchantPosId: SANDBOX_POS.posId,
      currencyCode: 'PLN',
      totalAmount: '15900',
      payMethod: { type: 'PBL' },
      status: 'COMPLETED',
      buyer: { email: 'rodzic@example.pl' },
    });
    expect(body.order.orderCreateDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0[12]:00$/);
    expect(body.localReceiptDateTime).toBeDefined();
    expect(body.properties).toEqual([{ name: 'PAYMENT_ID', value: fx.sim.orders.get(orderId)?.paymentId }]);

    const received = receiveNotification(completed.raw, completed.headers, SANDBOX_POS.secondKey);
    expect(received).toEqual({
      ok: true,
      notification: {
        kind: 'order',
        orderId,
        extOrderId: body.order.extOrderId,
        status: 'COMPLETED',
        totalAmount: 15900,
        currencyCode: 'PLN',
        paymentId: body.properties?.[0].value,
      },
    });
  });

  it.each([
    ['500500', 'odrzucona przez bank'],
    ['700701', 'wygasł'],
    ['700702', 'anulowana w aplikacji'],
    ['700703', 'już użyty'],
  ])(
    '%s cancels: 303 to continueUrl with error=501, CANCELED notification, message on the page',
    async (code, message) => {
      const { orderId, res, notes } = await paidVia({ method: 'blik', blikCode: code });
      expect(res.status).toBe(303);
      const location = new URL(res.headers.get('location') ?? '');
      expect(location.searchParams.get('error')).toBe('501');
      expect(location.searchParams.get('krok')).toBe('platnosc');
      expect(statuses(notes)).toEqual(['PENDING', 'CANCELED']);
      expect(
        notes.every((n) => verifySignature(n.raw, n.headers['openpayu-signature'] as string, SANDBOX_POS.secondKey)),
      ).toBe(true);
      expect(fx.sim.orders.get(orderId)?.status).toBe('CANCELED');
      const page = await (await fetch(`${fx.sim.url}/pay/${orderId}`)).text();
      expect(page).toContain(message);
    },
  );

  it('any other 6-digit code shows "Nieprawidłowy kod BLIK" and changes nothing', async () => {
    const { orderId, res, notes } = await paidVia({ method: 'blik', blikCode: '123456' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Nieprawidłowy kod BLIK');
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid="true"');
    expect(fx.sim.orders.get(orderId)?.status).toBe('NEW');
    expect(notes).toHaveLength(0);
  });

  it('a code that is not 6 digits is refused on the page', async () => {
    const { orderId, res } = await paidVia({ method: 'blik', blikCode: '7771' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('6 cyfr');
    expect(fx.sim.orders.get(orderId)?.status).toBe('NEW');
  });
});

describe('fast transfer and cancel buttons', () => {
  it('a bank button pays', async () => {
    const { orderId, res, notes } = await paidVia({ method: 'bank', bank: 'p' });
    expect(res.headers.get('location')).toBe(CONTINUE);
    expect(statuses(notes)).toEqual(['PENDING', 'COMPLETED']);
    expect(fx.sim.orders.get(orderId)?.status).toBe('COMPLETED');
  });

  it('"Odrzuć płatność" cancels, and a later submission cannot revive the order', async () => {
    const { orderId, res, notes } = await paidVia({ method: 'cancel' });
    expect(new URL(res.headers.get('location') ?? '').searchParams.get('error')).toBe('501');
    expect(statuses(notes)).toEqual(['PENDING', 'CANCELED']);
    const again = await submitPayForm(fx.sim.url, orderId, { method: 'blik', blikCode: '777777' });
    await fx.sim.idle();
    expect(again.status).toBe(303);
    expect(fx.sim.orders.get(orderId)?.status).toBe('CANCELED');
    expect(fx.receiver.received.filter(forOrder(orderId))).toHaveLength(2);
  });
});

describe('refund notification', () => {
  it('is sent FINALIZED and signed after the refund is accepted', async () => {
    const client = clientFor(fx.sim.url);
    const { orderId, notes } = await paidVia({ method: 'blik', blikCode: '777999' });
    expect(notes).toHaveLength(2);
    const refund = await client.refund(orderId, {
      description: 'Rezygnacja z kursu',
      extRefundId: `ref-${orderId}`,
      amount: 2500,
    });
    await fx.sim.idle();
    const note = fx.receiver.received.find((r) => (r.json as RefundNotification).refund?.refundId === refund.refundId);
    expect(note).toBeDefined();
    expect(verifySignature(note!.raw, note!.headers['openpayu-signature'] as string, SANDBOX_POS.secondKey)).toBe(true);
    expect(note!.json).toMatchObject({
      orderId,
      refund: {
        refundId: refund.refundId,
        amount: '2500',
        currencyCode: 'PLN',
        status: 'FINALIZED',
        reasonDescription: 'Rezygnacja z kursu',
      },
    });
    expect(receiveNotification(note!.raw, note!.headers, SANDBOX_POS.secondKey)).toMatchObject({
      ok: true,
      notification: { kind: 'refund', amount: 2500, status: 'FINALIZED' },
    });
    expect(fx.sim.orders.get(orderId)?.refunds[0].status).toBe('FINALIZED');
  });
});
