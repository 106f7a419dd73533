// Demo invoices for `npm start`: every paid demo order gets its sales document through the
// payment's own issuing statement (lib/invoices/issue.ts) and the real numbering, which hands
// each invoice to the `invoices.ksef.submit` job; the server's workers then send them to the
// local KSeF simulator, so /panel/faktury shows KSeF numbers. Idempotent: an order with an
// invoice is left alone. Also a consumer's paid course with an invoice (B2C, address, no NIP),
// and a second one the learner withdrew from, whose refund has its correcting invoice (FK series).
import { db } from '@/lib/db/client';
import { termsVersionInForce } from '@/lib/auth/terms';
import { newRowId, sqlPool } from '@/lib/db/sql';
import { sellerSnapshot, numberInvoices, unnumberedInvoiceInsert } from '@/lib/invoices/issue';
import { issueMissingCorrections, numberCorrections } from '@/lib/invoices/corrections';
import { emailsDispatched } from '@/lib/jobs/queues';
import { stopBoss } from '@/lib/jobs/boss';

const DAY = 86_400_000;

// $1 order  $2 invoice id  $3 seller (JSON). Sold when the order was paid, as a payment would.
const ISSUE = `
WITH o AS (SELECT * FROM "Order" WHERE "id" = $1 AND "status" = 'PAID' AND "paidAt" IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM "Invoice" i WHERE i."orderId" = "Order"."id")),
     items AS (SELECT i.* FROM "OrderItem" i JOIN o ON o."id" = i."orderId")
${unnumberedInvoiceInsert({
  id: '$2',
  o: 'o',
  items: 'items',
  sold: 'o."paidAt"',
  soldIso: `to_char(o."paidAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  seller: '$3',
  from: 'FROM o',
})}`;

type LearnerOrder = {
  checkoutKey: string;
  number: string;
  courseSlug: string;
  daysAgo: number;
  /** A PayU payment for the order (needed to refund it), keyed by its extOrderId. */
  payu?: { extOrderId: string; payuOrderId: string };
};

/** A paid course of the demo learner, bought as a consumer who asked for an invoice (address, no NIP). */
async function learnerCourseOrder(now: Date, o: LearnerOrder): Promise<void> {
  if (await db().order.findUnique({ where: { checkoutKey: o.checkoutKey }, select: { id: true } })) return;
  const learner = await db().user.findUnique({
    where: { login: 'kursant' },
    select: { id: true, email: true, firstName: true, lastName: true },
  });
  const offer = await db().courseOffer.findFirst({
    where: { seats: 1, course: { slug: o.courseSlug } },
    select: { id: true, courseId: true, priceGross: true, course: { select: { title: true } } },
  });
  if (!learner?.email || !offer) return;
  const paidAt = new Date(now.getTime() - o.daysAgo * DAY);
  await db().order.create({
    data: {
      number: o.number,
      checkoutKey: o.checkoutKey,
      userId: learner.id,
      status: 'PAID',
      totalGross: offer.priceGross,
      buyerType: 'PERSON',
      buyerName: `${learner.firstName} ${learner.lastName}`,
      buyerEmail: learner.email,
      street: 'ul. Długa 12 m. 4',
      postalCode: '31-147',
      city: 'Kraków',
      country: 'PL',
      termsVersion: termsVersionInForce(paidAt),
      termsAcceptedAt: paidAt,
      immediateDeliveryConsent: false,
      createdAt: paidAt,
      paidAt,
      items: {
        create: [
          {
            offerId: offer.id,
            courseId: offer.courseId,
            name: offer.course.title,
            quantity: 1,
            unitGross: offer.priceGross,
            totalGross: offer.priceGross,
          },
        ],
      },
      ...(o.payu
        ? {
            payments: {
              create: { ...o.payu, status: 'COMPLETED', amount: offer.priceGross, currency: 'PLN', createdAt: paidAt },
            },
          }
        : {}),
    },
  });
}

/** The BHP course the learner studies. */
const STUDIED: LearnerOrder = {
  checkoutKey: 'demo-kursant-course-invoice',
  number: 'ZAM-DEMO-KURSANT-0001',
  courseSlug: 'bhp-pracownicy-biurowi',
  daysAgo: 3,
};

/** The Excel course, paid through PayU, which the learner withdrew from before starting it. */
const WITHDRAWN: LearnerOrder = {
  checkoutKey: 'demo-kursant-withdrawn-course',
  number: 'ZAM-DEMO-KURSANT-0002',
  courseSlug: 'excel-od-podstaw',
  daysAgo: 2,
  payu: { extOrderId: 'demo-kursant-withdrawn-course', payuOrderId: 'DEMO0002PAYU' },
};

/**
 * Its refund, once the order is invoiced: recorded FINALIZED as PayU's notification would leave
 * it (lib/settlement/withdrawals.ts names it ODST-<order>), so the invoices' sweeper issues the
 * correcting invoice through the same path a real refund takes.
 */
async function withdrawnCourseRefund(now: Date): Promise<void> {
  const order = await db().order.findUnique({
    where: { checkoutKey: WITHDRAWN.checkoutKey },
    select: { id: true, status: true, totalGross: true, invoice: { select: { number: true } }, payments: true },
  });
  const payment = order?.payments.find((p) => p.status === 'COMPLETED');
  if (!order || order.status !== 'PAID' || !order.invoice?.number || !payment) return;
  await db().$transaction([
    db().refund.create({
      data: {
        orderId: order.id,
        paymentId: payment.id,
        extRefundId: `ODST-${order.id}`,
        payuRefundId: 'DEMO0002REFUND',
        amount: order.totalGross,
        description: 'Odstąpienie od umowy',
        status: 'FINALIZED',
        itemIds: [],
        createdAt: now,
        finalizedAt: now,
      },
    }),
    db().order.update({ where: { id: order.id }, data: { status: 'REFUNDED', refundedGross: order.totalGross } }),
  ]);
}

export async function seedDemoInvoices(now = new Date()): Promise<void> {
  await learnerCourseOrder(now, STUDIED);
  await learnerCourseOrder(now, WITHDRAWN);
  const paid = await db().order.findMany({
    where: { status: 'PAID', invoice: { is: null }, number: { startsWith: 'ZAM-DEMO-' } },
    select: { id: true },
  });
  for (const o of paid) {
    await sqlPool().query({ text: ISSUE, values: [o.id, newRowId(), sellerSnapshot()] });
  }
  // Numbering enqueues each invoice's KSeF submission; the seed is a script, so let it exit.
  await numberInvoices();
  await withdrawnCourseRefund(now);
  // Issued and numbered at the clock's now, like the invoices it corrects (never before them).
  await issueMissingCorrections();
  await numberCorrections();
  await emailsDispatched();
  await stopBoss();
}
