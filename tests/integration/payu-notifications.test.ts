import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { signatureHeader } from '@/lib/payments/payu';
import { POST } from '@/app/api/payu/notify/route';
import { sqlPool } from '@/lib/db/sql';
import { formatInvoiceNumber } from '@/lib/invoices/numbering';
import { INVOICE_NUMBER_SQL, numberPendingInvoices } from '@/lib/invoices/issue';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const SECOND_KEY = 'b6ca15b0d1020e8094d9b5f8d163db54';
let courseId: string;
let offer1: string;
let offer30: string;

beforeAll(async () => {
  const category = await db().category.create({ data: { slug: 'test', name: 'Test' } });
  const course = await db().course.create({
    data: {
      slug: 'kurs',
      title: 'Kurs BHP',
      summary: 's',
      description: 'd',
      syllabus: [],
      categoryId: category.id,
      accessMonths: 2,
      priceGross: 9900,
    },
  });
  courseId = course.id;
  offer1 = (await db().courseOffer.create({ data: { courseId, seats: 1, priceGross: 9900 } })).id;
  offer30 = (await db().courseOffer.create({ data: { courseId, seats: 30, priceGross: 252400 } })).id;
});

let n = 0;
// `invoice`: the person asked for an invoice at checkout (an address); otherwise a receipt is issued.
async function orderAwaitingPayment(opts: { group?: boolean; invoice?: boolean } = {}) {
  const k = ++n; // taken before any await: helpers run concurrently
  const user = await db().user.create({
    data: { email: `b${k}@example.pl`, firstName: 'Ala', lastName: 'Kot', passwordHash: 'x' },
  });
  const price = opts.group ? 252400 : 9900;
  const order = await db().order.create({
    data: {
      number: `ZAM-T-${k}`,
      checkoutKey: `key-${k}`,
      userId: user.id,
      totalGross: price,
      buyerType: opts.group ? 'COMPANY' : 'PERSON',
      buyerName: opts.group ? 'Firma sp. z o.o.' : 'Ala Kot',
      buyerEmail: user.email!,
      companyName: opts.group ? 'Firma sp. z o.o.' : null,
      ...(opts.invoice ? { street: 'ul. Polna 1', postalCode: '30-001', city: 'Kraków' } : {}),
      termsVersion: 't',
      termsAcceptedAt: new Date(),
      items: {
        create: {
          offerId: opts.group ? offer30 : offer1,
          courseId,
          name: 'Kurs BHP',
          seats: opts.group ? 30 : 1,
          quantity: 1,
          unitGross: price,
          totalGross: price,
        },
      },
      payments: {
        create: { extOrderId: `EXT-${k}`, payuOrderId: `PAYU-${k}`, amount: price, currency: 'PLN', status: 'PENDING' },
      },
    },
  });
  return { user, order, payuOrderId: `PAYU-${k}`, extOrderId: `EXT-${k}`, amount: price };
}

function notification(
  o: { payuOrderId: string; extOrderId: string; amount: number },
  status: string,
  overrides: Record<string, unknown> = {},
) {
  const body = JSON.stringify({
    order: {
      orderId: o.payuOrderId,
      extOrderId: o.extOrderId,
      status,
      totalAmount: String(o.amount),
      currencyCode: 'PLN',
      ...overrides,
    },
    properties: [{ name: 'PAYMENT_ID', value: '5000' }],
  });
  return body;
}

const send = (body: string, signature = signatureHeader(body, SECOND_KEY, 'MD5')) =>
  POST(
    new Request('http://localhost/api/payu/notify', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'openpayu-signature': signature },
    }),
  );

const grants = async (userId: string) => ({
  enrolments: await db().enrolment.count({ where: { userId } }),
  invoices: await db().invoice.count({ where: { order: { userId } } }),
  mails: await db().emailMessage.count({
    where: { template: 'order-paid', to: (await db().user.findUniqueOrThrow({ where: { id: userId } })).email! },
  }),
});

describe('PayU notifications', () => {
  it('a valid COMPLETED notification pays the order, enrols the buyer, issues the invoice and queues the e-mail', async () => {
    const o = await orderAwaitingPayment({ invoice: true });
    const res = await send(notification(o, 'COMPLETED'));
    expect(res.status).toBe(200);
    await numberPendingInvoices(); // started after the commit, not awaited by the handler
    const order = await db().order.findUniqueOrThrow({ where: { id: o.order.id }, include: { invoice: true } });
    expect(order.status).toBe('PAID');
    expect(order.invoice?.number).toMatch(/^FV\/\d{4}\/\d{6}$/);
    expect(await grants(o.user.id)).toEqual({ enrolments: 1, invoices: 1, mails: 1 });
    const enrolment = await db().enrolment.findFirstOrThrow({ where: { userId: o.user.id } });
    expect(enrolment.endsAt).not.toBeNull(); // the course gives 2 months
  });

  it('a forged or missing signature gets 4xx and changes nothing', async () => {
    const o = await orderAwaitingPayment();
    const body = notification(o, 'COMPLETED');
    expect((await send(body, signatureHeader(body, 'wrong-key', 'MD5'))).status).toBe(401);
    expect((await send(body, '')).status).toBe(401);
    const tampered = body.replace('"COMPLETED"', '"CANCELED"');
    expect((await send(tampered, signatureHeader(body, SECOND_KEY, 'MD5'))).status).toBe(401);
    expect((await db().order.findUniqueOrThrow({ where: { id: o.order.id } })).status).toBe('AWAITING_PAYMENT');
    expect(await grants(o.user.id)).toEqual({ enrolments: 0, invoices: 0, mails: 0 });
  });

  it('accepts SHA-256 signatures too', async () => {
    const o = await orderAwaitingPayment();
    const body = notification(o, 'COMPLETED');
    expect((await send(body, signatureHeader(body, SECOND_KEY, 'SHA-256'))).status).toBe(200);
    expect((await db().order.findUniqueOrThrow({ where: { id: o.order.id } })).status).toBe('PAID');
  });

  it('50 duplicate notifications in parallel fulfil the order exactly once and all get 200', async () => {
    const o = await orderAwaitingPayment();
    const body = notification(o, 'COMPLETED');
    const responses = await Promise.all(Array.from({ length: 50 }, () => send(body)));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(await grants(o.user.id)).toEqual({ enrolments: 1, invoices: 1, mails: 1 });
    const outcomes = await Promise.all(responses.map((r) => r.json()));
    expect(outcomes.filter((x) => x.outcome === 'paid')).toHaveLength(1);
  });

  it('late and out-of-order notifications never undo a final state', async () => {
    const o = await orderAwaitingPayment();
    await send(notification(o, 'COMPLETED'));
    expect((await send(notification(o, 'PENDING'))).status).toBe(200);
    expect((await send(notification(o, 'CANCELED'))).status).toBe(200);
    const payment = await db().payment.findUniqueOrThrow({ where: { extOrderId: o.extOrderId } });
    expect(payment.status).toBe('COMPLETED');
    expect((await db().order.findUniqueOrThrow({ where: { id: o.order.id } })).status).toBe('PAID');
    expect(await db().paymentEvent.count({ where: { paymentId: payment.id } })).toBe(3); // every notice recorded
  });

  it('a wrong amount or currency is recorded and not fulfilled', async () => {
    const o = await orderAwaitingPayment();
    expect((await send(notification(o, 'COMPLETED', { totalAmount: '100' }))).status).toBe(200);
    expect((await send(notification(o, 'COMPLETED', { currencyCode: 'EUR' }))).status).toBe(200);
    expect((await db().order.findUniqueOrThrow({ where: { id: o.order.id } })).status).toBe('AWAITING_PAYMENT');
    expect(await grants(o.user.id)).toEqual({ enrolments: 0, invoices: 0, mails: 0 });
  });

  it('a CANCELED payment leaves the order awaiting payment (retryable)', async () => {
    const o = await orderAwaitingPayment();
    await send(notification(o, 'CANCELED'));
    expect((await db().payment.findUniqueOrThrow({ where: { extOrderId: o.extOrderId } })).status).toBe('CANCELED');
    expect((await db().order.findUniqueOrThrow({ where: { id: o.order.id } })).status).toBe('AWAITING_PAYMENT');
  });

  it('a group package creates a group of N seats owned by the buyer, who becomes a company admin', async () => {
    const o = await orderAwaitingPayment({ group: true });
    await send(notification(o, 'COMPLETED'));
    const group = await db().group.findFirstOrThrow({ where: { ownerId: o.user.id } });
    expect(group).toMatchObject({ seats: 30, seatsUsed: 0, companyName: 'Firma sp. z o.o.', courseId });
    expect((await db().user.findUniqueOrThrow({ where: { id: o.user.id } })).roles).toContain('COMPANY_ADMIN');
    expect(await db().enrolment.count({ where: { userId: o.user.id } })).toBe(0);
  });

  it('numbers invoices in a gap-free yearly series, also under concurrency', async () => {
    const orders = await Promise.all(Array.from({ length: 8 }, () => orderAwaitingPayment({ invoice: true })));
    await Promise.all(orders.map((o) => send(notification(o, 'COMPLETED'))));
    await numberPendingInvoices();
    const invoices = await db().invoice.findMany({
      where: { kind: 'INVOICE' },
      select: { seq: true },
      orderBy: { seq: 'asc' },
    });
    const seqs = invoices.map((i) => i.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });

  it('a buyer who has the course already gets the access extended (the general path), once', async () => {
    const o = await orderAwaitingPayment();
    const until = new Date(Date.now() + 10 * 86_400_000);
    await db().enrolment.create({ data: { userId: o.user.id, courseId, startsAt: new Date(), endsAt: until } });
    await Promise.all(Array.from({ length: 5 }, () => send(notification(o, 'COMPLETED'))));
    const enrolment = await db().enrolment.findFirstOrThrow({ where: { userId: o.user.id } });
    expect(enrolment.endsAt!.getTime()).toBeGreaterThan(until.getTime() + 50 * 86_400_000); // + 2 months from the old end
    expect(await grants(o.user.id)).toEqual({ enrolments: 1, invoices: 1, mails: 1 });
    expect((await db().order.findUniqueOrThrow({ where: { id: o.order.id } })).status).toBe('PAID');
  });

  it('formats invoice numbers in SQL exactly as formatInvoiceNumber does', async () => {
    for (const seq of [1, 42, 999_999, 1_000_000, 12_345_678]) {
      const { rows } = await sqlPool().query(`SELECT ${INVOICE_NUMBER_SQL('$1', '$2::int')} AS "number"`, [2026, seq]);
      expect(rows[0].number).toBe(formatInvoiceNumber(seq, 2026));
    }
  });
});
