// The common case of a completed payment — a new order of courses for one person, none of which
// the buyer has yet — settled by ONE statement in autocommit, with nothing read beforehand. It
// finds the payment, locks it and its order, and checks them (still open, still awaiting
// payment, amount and currency as notified, only new single-person courses); only then does it
// write the payment, the event, the order, the confirmation e-mail, the enrolments and the
// invoice (numbered right after the commit: lib/invoices/issue.ts). Otherwise it writes nothing, and the locking transaction in
// lib/settlement/notifications.ts decides (renewals, group and family packages, a notification
// racing another, a mismatch, a duplicate).
import { newRowId, sqlPool } from '@/lib/db/sql';
import { isUniqueViolation } from '@/lib/errors';
import { newEnrolmentsInsert } from '@/lib/settlement/grants';
import { sellerSnapshot, unnumberedInvoiceInsert } from '@/lib/invoices/issue';
import { orderPaidMailInsert } from './order-paid-mail';

type Notice = { orderId: string; extOrderId?: string; totalAmount: number; currencyCode: string; paymentId?: string };

// $1 payuOrderId  $2 extOrderId  $3 amount  $4 currency  $5 now  $6 event id  $7 source  $8 event detail
// $9 e-mail id  $10 invoice id  $11 now as ISO text  $12 seller (JSON)
const SETTLE_AT_ONCE = `
WITH locked AS (
       SELECT p."id" AS "paymentId", o.*, u."firstName"
         FROM "Payment" p JOIN "Order" o ON o."id" = p."orderId" JOIN "User" u ON u."id" = o."userId"
        WHERE (p."payuOrderId" = $1 OR p."extOrderId" = $2)
          AND p."status" NOT IN ('COMPLETED', 'CANCELED') AND o."status" = 'AWAITING_PAYMENT'
          AND p."amount" = $3 AND p."currency" = $4
          AND EXISTS (SELECT 1 FROM "OrderItem" i WHERE i."orderId" = o."id")
          AND NOT EXISTS (
                SELECT 1 FROM "OrderItem" i
                 WHERE i."orderId" = o."id"
                   AND (i."courseId" IS NULL OR i."seats" <> 1 OR i."kind" IS NOT NULL
                        OR EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."userId" = o."userId" AND e."courseId" = i."courseId")))
        LIMIT 1
          FOR UPDATE OF p, o),
     items AS (
       SELECT i.*, c."accessMonths" FROM locked l JOIN "OrderItem" i ON i."orderId" = l."id" JOIN "Course" c ON c."id" = i."courseId"),
     pay AS (UPDATE "Payment" SET "status" = 'COMPLETED', "payuOrderId" = $1, "updatedAt" = $5 WHERE "id" IN (SELECT "paymentId" FROM locked)),
     ev AS (INSERT INTO "PaymentEvent" ("id", "paymentId", "kind", "status", "detail") SELECT $6, "paymentId", $7, 'COMPLETED', $8::jsonb FROM locked),
     ord AS (UPDATE "Order" SET "status" = 'PAID', "paidAt" = $5 WHERE "id" IN (SELECT "id" FROM locked)),
     mail AS (${orderPaidMailInsert({ id: '$9', o: 'l', paidAt: '$5', firstName: 'l."firstName"', items: 'items', from: 'FROM locked l' })}),
     enr AS (${newEnrolmentsInsert({ userId: 'l."userId"', now: '$5', from: 'FROM locked l, items i' })})
${unnumberedInvoiceInsert({ id: '$10', o: 'l', items: 'items', sold: '$5', soldIso: '$11', seller: '$12', from: 'FROM locked l' })}
RETURNING "id"`;

/** Returns the queued e-mail's id when settled, or null when the general path must decide. */
export async function settleAtOnce(n: Notice, source: string, now: Date): Promise<string | null> {
  const mailId = newRowId();
  try {
    const { rows } = await sqlPool().query({
      name: 'order-settle-at-once',
      text: SETTLE_AT_ONCE,
      values: [
        n.orderId,
        n.extOrderId ?? '',
        n.totalAmount,
        n.currencyCode,
        now,
        newRowId(),
        source,
        JSON.stringify({
          result: 'order paid',
          paymentId: n.paymentId ?? null,
          amount: n.totalAmount,
          currency: n.currencyCode,
        }),
        mailId,
        newRowId(),
        now.toISOString(),
        sellerSnapshot(),
      ],
    });
    return rows.length > 0 ? mailId : null;
  } catch (e) {
    // An enrolment that appeared since the statement's snapshot (unique violation): nothing was written.
    if (isUniqueViolation(e)) return null;
    throw e;
  }
}
