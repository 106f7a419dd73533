// The common case of a completed payment — a new order of courses for one person, none of which
// the buyer has yet — settled by ONE statement in autocommit: the payment and order rows are
// locked and re-checked inside it (still open, still awaiting payment), and every write — payment,
// event, order, e-mail, enrolments, invoice counter and invoice — happens only if they are.
// Anything else (renewals, group and family packages, a notification racing another, a
// conflicting enrolment) returns null and goes through the locking transaction in
// lib/payments/notifications.ts, which handles every case.
import { env } from '@/lib/config/env';
import { newRowId, sqlPool } from '@/lib/db/sql';
import { formatMoney } from '@/lib/format/money';
import { invoiceSeriesYear } from '@/lib/invoices/numbering';
import { renewedAccess } from '@/lib/learning/enrolments';
import { unrenderedEmail } from '@/lib/mail/outbox';
import type { PaidItem, PaidOrder } from './fulfil';
import { INVOICE_NUMBER_SQL, invoiceSnapshot } from './invoice-issue';

export type SettlementRead = {
  payment: { id: string; status: string; amount: number; currency: string };
  orderStatus: string;
  order: PaidOrder;
  items: (PaidItem & { enrolled?: boolean })[];
};

type Notice = { orderId: string; totalAmount: number; currencyCode: string; paymentId?: string };

export function orderPaidEmail(order: PaidOrder, items: PaidItem[]) {
  return unrenderedEmail(order.buyerEmail, 'order-paid', {
    firstName: order.firstName,
    orderNumber: order.number,
    items: items.map((i) => (i.quantity > 1 ? `${i.name} × ${i.quantity}` : i.name)),
    total: formatMoney(order.totalGross, order.currency),
    link: `${env().APP_URL}/zamowienia/${order.id}`,
  });
}

/** True when the one-statement settlement can handle this order. */
export function settlesAtOnce(read: SettlementRead, n: Notice): boolean {
  return (
    read.orderStatus === 'AWAITING_PAYMENT' &&
    read.payment.status !== 'COMPLETED' && read.payment.status !== 'CANCELED' &&
    read.payment.amount === n.totalAmount && read.payment.currency === n.currencyCode &&
    read.items.length > 0 &&
    read.items.every((i) => i.courseId !== null && i.seats === 1 && !i.enrolled && !i.kind)
  );
}

/** Returns the queued e-mail's id when settled, or null when the general path must decide. */
export async function settleAtOnce(read: SettlementRead, n: Notice, source: string, now: Date): Promise<string | null> {
  const { order, items } = read;
  const mail = orderPaidEmail(order, items);
  const year = invoiceSeriesYear(now);
  try {
    const { rows } = await sqlPool().query({
      name: 'order-settle-at-once',
      text: `WITH locked AS (
               SELECT p."id" FROM "Payment" p JOIN "Order" o ON o."id" = p."orderId"
                WHERE p."id" = $1 AND p."status" NOT IN ('COMPLETED', 'CANCELED') AND o."status" = 'AWAITING_PAYMENT'
                FOR UPDATE OF p, o),
             pay AS (UPDATE "Payment" SET "status" = 'COMPLETED', "payuOrderId" = $2, "updatedAt" = $3 WHERE "id" IN (SELECT "id" FROM locked)),
             ev AS (INSERT INTO "PaymentEvent" ("id", "paymentId", "kind", "status", "detail") SELECT $4, "id", $5, 'COMPLETED', $6::jsonb FROM locked),
             ord AS (UPDATE "Order" SET "status" = 'PAID', "paidAt" = $3 WHERE "id" = $7 AND EXISTS (SELECT 1 FROM locked)),
             mail AS (INSERT INTO "EmailMessage" ("id", "to", "subject", "template", "props") SELECT $8, $9, $10, $11, $12::jsonb FROM locked),
             enr AS (
               INSERT INTO "Enrolment" ("id", "userId", "courseId", "startsAt", "endsAt", "orderItemId")
               SELECT e."id", $13, e."courseId", $3, e."endsAt", e."orderItemId"
                 FROM locked, unnest($14::text[], $15::text[], $16::timestamptz[], $17::text[]) AS e("id", "courseId", "endsAt", "orderItemId")),
             c AS (
               INSERT INTO "InvoiceCounter" ("year", "last") SELECT $18, 1 FROM locked
               ON CONFLICT ("year") DO UPDATE SET "last" = "InvoiceCounter"."last" + 1
               RETURNING "last"),
             n AS (SELECT "last", ${INVOICE_NUMBER_SQL('$18', '"last"')} AS "number" FROM c)
           INSERT INTO "Invoice" ("id", "orderId", "number", "year", "seq", "issuedAt", "saleDate", "snapshot")
           SELECT $19, $7, n."number", $18, n."last", $3, $3, jsonb_set($20::jsonb, '{number}', to_jsonb(n."number")) FROM n
           RETURNING "number"`,
      values: [
        read.payment.id, n.orderId, now, newRowId(), source,
        JSON.stringify({ result: 'order paid', paymentId: n.paymentId ?? null, amount: n.totalAmount, currency: n.currencyCode }), order.id,
        mail.id, mail.to, mail.subject, mail.template, mail.props,
        order.userId, items.map(() => newRowId()), items.map((i) => i.courseId), items.map((i) => renewedAccess(null, i.accessMonths, now).endsAt), items.map((i) => i.id),
        year, newRowId(), JSON.stringify(invoiceSnapshot(order, items, '', now)),
      ],
    });
    return rows.length > 0 ? mail.id : null;
  } catch (e) {
    // An enrolment that appeared since the read (unique violation): nothing was written.
    if ((e as { code?: string }).code === '23505') return null;
    throw e;
  }
}
