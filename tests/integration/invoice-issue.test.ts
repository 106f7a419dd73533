// The invoice a payment writes (its snapshot built in SQL), its numbering after the commit, the
// job that numbers what a crash left behind, and the SQL access end of the one-statement grant.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { sqlPool } from '@/lib/db/sql';
import { formatInvoiceNumber, invoiceSeriesYear } from '@/lib/invoices/numbering';
import { seller } from '@/lib/invoices/seller';
import { accessEnd } from '@/lib/learning/access-window';
import { accessEndMonthsSql } from '@/lib/settlement/access-end-sql';
import { numberInvoices, numberPendingInvoices } from '@/lib/invoices/issue';
import { invoicePdfFor } from '@/lib/invoices/order-invoice-pdf';
import { settleAtOnce } from '@/lib/settlement/settle-at-once';
import { QUEUES } from '@/lib/jobs/registry';
import { handleOrderNotification } from '@/lib/settlement/notifications';

vi.mock('@/lib/jobs/boss', () => ({ boss: async () => ({ insert: async () => {} }), stopBoss: async () => {} }));

let courseA: string;
let courseB: string;

beforeAll(async () => {
  const category = await db().category.create({ data: { slug: 'fv', name: 'FV' } });
  const make = (slug: string, title: string, accessMonths: number | null) =>
    db().course.create({
      data: {
        slug,
        title,
        summary: 's',
        description: 'd',
        syllabus: [],
        categoryId: category.id,
        accessMonths,
        priceGross: 9900,
      },
    });
  courseA = (await make('fv-a', 'Kurs „Księgowość” — żółć', 2)).id;
  courseB = (await make('fv-b', 'Excel', null)).id;
});

let k = 0;
type Buyer = {
  companyName?: string;
  nip?: string;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
};
async function order(
  buyer: Buyer = {},
  items = [{ courseId: () => courseA, name: 'Kurs „Księgowość” — żółć', quantity: 1, unitGross: 9900 }],
) {
  const n = ++k;
  const user = await db().user.create({
    data: { email: `fv${n}@example.pl`, firstName: 'Łucja', lastName: 'Ząb', passwordHash: 'x' },
  });
  const total = items.reduce((s, i) => s + i.unitGross * i.quantity, 0);
  const o = await db().order.create({
    data: {
      number: `ZAM-FV-${n}`,
      checkoutKey: `fv-${n}`,
      userId: user.id,
      totalGross: total,
      buyerType: buyer.nip ? 'COMPANY' : 'PERSON',
      buyerName: buyer.companyName ?? 'Łucja Ząb',
      companyName: buyer.companyName ?? null,
      nip: buyer.nip ?? null,
      street: buyer.street ?? null,
      postalCode: buyer.postalCode ?? null,
      city: buyer.city ?? null,
      buyerEmail: user.email!,
      termsVersion: 't',
      termsAcceptedAt: new Date(),
      items: {
        create: items.map((i) => ({
          courseId: i.courseId(),
          name: i.name,
          quantity: i.quantity,
          unitGross: i.unitGross,
          totalGross: i.unitGross * i.quantity,
        })),
      },
      payments: {
        create: { extOrderId: `FV-E${n}`, payuOrderId: `FV-P${n}`, amount: total, currency: 'PLN', status: 'PENDING' },
      },
    },
  });
  const notice = {
    kind: 'order' as const,
    orderId: `FV-P${n}`,
    extOrderId: `FV-E${n}`,
    status: 'COMPLETED' as const,
    totalAmount: total,
    currencyCode: 'PLN',
  };
  return { user, order: o, notice };
}

describe('invoice of a paid order', () => {
  it('is written by the payment statement with every printed field taken from the order, and numbered after', async () => {
    const {
      order: o,
      notice,
      user,
    } = await order(
      {
        companyName: 'Żuraw sp. z o.o.',
        nip: '5260250274',
        street: 'ul. Świętokrzyska 12',
        postalCode: '00-916',
        city: 'Warszawa',
      },
      [
        { courseId: () => courseA, name: 'Kurs „Księgowość” — żółć', quantity: 1, unitGross: 9900 },
        { courseId: () => courseB, name: 'Excel', quantity: 1, unitGross: 24900 },
      ],
    );
    const paidAt = new Date('2026-11-21T10:15:30.123Z');
    expect(await settleAtOnce(notice, 'notification', paidAt)).not.toBeNull();

    // Paid and written, not yet numbered: no number shown, no PDF.
    const pending = await db().invoice.findUniqueOrThrow({ where: { orderId: o.id } });
    expect(pending).toMatchObject({ number: null, seq: null, year: null, issuedAt: null, saleDate: paidAt });
    expect(await invoicePdfFor(o.id, user.id)).toBeNull();

    const issuedAt = new Date('2026-11-21T10:15:30.456Z');
    expect(await numberInvoices(issuedAt)).toBe(1);
    const invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: o.id } });
    const s = seller();
    expect(invoice.number).toBe(formatInvoiceNumber(invoice.seq!, 2026));
    expect(invoice).toMatchObject({ year: 2026, issuedAt, kind: 'INVOICE' });
    expect(invoice.snapshot).toEqual({
      number: invoice.number,
      issueDate: issuedAt.toISOString(),
      saleDate: paidAt.toISOString(),
      place: 'Warszawa',
      seller: JSON.parse(
        JSON.stringify({ name: s.name, nip: s.nip, addressLines: s.addressLines, bankAccount: s.bankAccount }),
      ),
      orderNumber: o.number,
      buyer: {
        name: 'Żuraw sp. z o.o.',
        nip: '5260250274',
        country: null,
        addressLines: ['ul. Świętokrzyska 12', '00-916 Warszawa'],
      },
      shipTo: null,
      items: (await db().orderItem.findMany({ where: { orderId: o.id }, orderBy: { id: 'asc' } })).map((i) => ({
        name: i.name,
        quantity: 1,
        seats: 1,
        unitGross: i.unitGross,
        vatRate: 23,
        totalGross: i.unitGross,
        kind: null,
        details: null,
      })),
      currency: 'PLN',
      paymentMethod: 'PayU',
      paid: true,
    });
    const pdf = await invoicePdfFor(o.id, user.id);
    expect(pdf?.number).toBe(invoice.number);
    expect(pdf!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('leaves empty address parts out of the buyer lines', async () => {
    for (const [buyer, lines] of [
      [{ street: null, postalCode: '30-001', city: 'Kraków' }, ['30-001 Kraków']],
      [{ street: 'Rynek 1', postalCode: '', city: 'Kraków' }, ['Rynek 1', 'Kraków']],
      [{}, []],
    ] as [Buyer, string[]][]) {
      const { order: o, notice } = await order(buyer);
      await settleAtOnce(notice, 'notification', new Date());
      const invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: o.id } });
      expect((invoice.snapshot as { buyer: { addressLines: string[] } }).buyer.addressLines).toEqual(lines);
    }
    await numberInvoices();
  });

  it('queues the confirmation with its props and subject built in SQL', async () => {
    const { order: o, notice } = await order();
    await settleAtOnce(notice, 'notification', new Date());
    const mail = await db().emailMessage.findFirstOrThrow({ where: { template: 'order-paid', to: o.buyerEmail } });
    expect(mail.subject).toBe(`Płatność przyjęta — zamówienie ${o.number}`);
    expect(mail.props).toEqual({
      firstName: 'Łucja',
      orderNumber: o.number,
      orderId: o.id,
      totalGross: 9900,
      currency: 'PLN',
      place: '/moje-kursy',
      items: [
        {
          name: 'Kurs „Księgowość” — żółć',
          quantity: 1,
          totalGross: 9900,
          kind: null,
          seats: 1,
          topUp: false,
          course: null,
        },
      ],
      // The contract as recorded at checkout: the message is also its confirmation (art. 21 u.p.k.).
      buyerType: o.buyerType,
      consent: o.immediateDeliveryConsent,
      termsVersion: o.termsVersion,
      termsAcceptedAt: expect.any(String),
      paidAt: expect.any(String),
      // The sales document the e-mail links (PDF and, for an invoice, the XML sent to KSeF).
      salesDocument: o.buyerType === 'PERSON' && !o.street ? 'RECEIPT' : 'INVOICE',
    });
    await numberInvoices();
  });

  it('numbers without gaps while payments and numberings run at the same time; receipts take no number', async () => {
    const address = { street: 'Rynek 1', postalCode: '30-001', city: 'Kraków' };
    // Every third buyer asked for an invoice at checkout; the others get a receipt.
    const orders = await Promise.all(Array.from({ length: 24 }, (_, i) => order(i % 3 === 0 ? address : {})));
    await Promise.all([
      ...orders.map((o) => handleOrderNotification(o.notice)),
      ...Array.from({ length: 6 }, () => numberInvoices()),
    ]);
    await numberPendingInvoices();
    const receipts = await db().invoice.findMany({ where: { kind: 'RECEIPT' } });
    expect(receipts.length).toBeGreaterThanOrEqual(16);
    expect(receipts.every((r) => r.number === null && r.seq === null)).toBe(true);
    const all = await db().invoice.findMany({ where: { kind: 'INVOICE' }, orderBy: { seq: 'asc' } });
    expect(all.every((i) => i.number !== null)).toBe(true);
    expect(all.map((i) => i.seq)).toEqual(all.map((_, i) => i + 1));
    expect(all.every((i) => i.number === formatInvoiceNumber(i.seq!, i.year!))).toBe(true);
    const counter = await db().invoiceCounter.findUniqueOrThrow({ where: { year: invoiceSeriesYear(new Date()) } });
    expect(counter.last).toBe(all.length);
  });

  it('an invoice a crash left unnumbered is numbered by the invoices.number job', async () => {
    const { order: o, user, notice } = await order({ street: 'Rynek 1', postalCode: '30-001', city: 'Kraków' });
    await settleAtOnce(notice, 'notification', new Date()); // committed; the process "dies" before numbering
    expect((await db().invoice.findUniqueOrThrow({ where: { orderId: o.id } })).number).toBeNull();
    await QUEUES['invoices.number'].handler({});
    const invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: o.id } });
    expect(invoice.number).toMatch(/^FV\/\d{4}\/\d{6}$/);
    expect((await invoicePdfFor(o.id, user.id))?.number).toBe(invoice.number);
    expect(await numberInvoices()).toBe(0);
  });
});

describe('access end of the one-statement grant', () => {
  it('is the same in SQL as accessEnd, across month ends, leap years and DST changes', async () => {
    const instants: Date[] = [];
    // Every 5 h 17 min over two years, and hand-picked edges (Warsaw: DST 29 Mar / 25 Oct 2026).
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2028-01-01T00:00:00Z'); t += 317 * 60_000)
      instants.push(new Date(t));
    for (const iso of [
      '2026-01-31T09:00:00Z',
      '2027-12-31T22:59:59Z',
      '2027-12-31T23:00:00Z',
      '2028-01-31T10:00:00Z',
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-02-28T06:20:00.987Z',
      '2026-08-31T21:59:59.999Z',
    ])
      instants.push(new Date(iso));
    for (const months of [1, 2, 12, 13]) {
      const { rows } = await sqlPool().query<{ end: Date }>(
        `SELECT ${accessEndMonthsSql('x.s', '$2::int')} AS "end" FROM unnest($1::timestamptz[]) WITH ORDINALITY AS x(s, k) ORDER BY x.k`,
        [instants, months],
      );
      const differing = instants.filter(
        (d, i) => rows[i].end.getTime() !== accessEnd(d, { kind: 'months', months })!.getTime(),
      );
      expect(differing.map((d) => d.toISOString())).toEqual([]);
    }
    const { rows } = await sqlPool().query(`SELECT ${accessEndMonthsSql('now()', 'NULL::int')} AS "end"`);
    expect(rows[0].end).toBeNull(); // unlimited
  });
});
