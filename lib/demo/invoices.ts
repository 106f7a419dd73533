// Demo invoices for `npm start`: every paid demo order gets its sales document through the
// payment's own issuing statement (lib/invoices/issue.ts) and the real numbering, which hands
// each invoice to the `invoices.ksef.submit` job; the server's workers then send them to the
// local KSeF simulator, so /panel/faktury shows KSeF numbers. Idempotent: an order with an
// invoice is left alone. Also a consumer's paid course with an invoice (B2C, address, no NIP).
import { db } from '@/lib/db/client';
import { termsVersionInForce } from '@/lib/auth/terms';
import { newRowId, sqlPool } from '@/lib/db/sql';
import { sellerSnapshot, numberInvoices, unnumberedInvoiceInsert } from '@/lib/invoices/issue';
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

/** The learner bought the BHP course they study, as a consumer who asked for an invoice. */
async function learnerCourseOrder(now: Date): Promise<void> {
  const checkoutKey = 'demo-kursant-course-invoice';
  if (await db().order.findUnique({ where: { checkoutKey }, select: { id: true } })) return;
  const learner = await db().user.findUnique({
    where: { login: 'kursant' },
    select: { id: true, email: true, firstName: true, lastName: true },
  });
  const offer = await db().courseOffer.findFirst({
    where: { seats: 1, course: { slug: 'bhp-pracownicy-biurowi' } },
    select: { id: true, courseId: true, priceGross: true, course: { select: { title: true } } },
  });
  if (!learner?.email || !offer) return;
  const paidAt = new Date(now.getTime() - 3 * DAY);
  await db().order.create({
    data: {
      number: 'ZAM-DEMO-KURSANT-0001',
      checkoutKey,
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
    },
  });
}

export async function seedDemoInvoices(now = new Date()): Promise<void> {
  await learnerCourseOrder(now);
  const paid = await db().order.findMany({
    where: { status: 'PAID', invoice: { is: null }, number: { startsWith: 'ZAM-DEMO-' } },
    select: { id: true },
  });
  for (const o of paid) {
    await sqlPool().query({ text: ISSUE, values: [o.id, newRowId(), sellerSnapshot()] });
  }
  // Numbering enqueues each invoice's KSeF submission; the seed is a script, so let it exit.
  await numberInvoices();
  await emailsDispatched();
  await stopBoss();
}
