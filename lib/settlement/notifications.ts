// PayU's notifications, after the signature has been checked. Safe to run any number of times
// and in any order: the payment row is locked, final states never change, and fulfilment
// happens in the same transaction as the status change that causes it.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { newRowId, sqlTransaction, type Sql } from '@/lib/db/sql';
import type { PaymentStatus } from '@/lib/db/generated/enums';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmail } from '@/lib/mail/outbox';
import type { PaidItem, PaidOrder } from '@/lib/settlement/fulfil';
import { numberPendingInvoices } from '@/lib/invoices/issue';
import { issueCorrectionInRefund, numberCorrectionsAfterCommit } from '@/lib/invoices/corrections';
import { settleAtOnce } from '@/lib/settlement/settle-at-once';
import { settlePaidOrder } from '@/lib/settlement/settle-payment';
import { cardDeclinedMails } from '@/lib/settlement/contract-charges';
import type { PayuNotification } from '@/lib/payments/payu';
import { undoRefund } from '@/lib/settlement/refunds';
import { refundStrayPayment } from '@/lib/settlement/stale-orders';
import type { Tx } from '@/lib/db/client';
import { storeCardOfPayment } from '@/lib/billing/payments/card-token-store';

type OrderNotice = Extract<PayuNotification, { kind: 'order' }>;
type RefundNotice = Extract<PayuNotification, { kind: 'refund' }>;
export type Outcome = 'paid' | 'updated' | 'ignored' | 'unknown' | 'mismatch';

const FINAL: PaymentStatus[] = ['COMPLETED', 'CANCELED'];

type Locked = {
  payment: { id: string; status: PaymentStatus; amount: number; currency: string };
  orderStatus: string;
  order: PaidOrder;
  items: PaidItem[];
};

/** Payment, order and items of a notification: what the checks and the grants read. */
const SETTLEMENT_READ = `
  SELECT p."id" AS "paymentId", p."status" AS "paymentStatus", p."amount", p."currency" AS "paymentCurrency",
         o."status" AS "orderStatus", o."id", o."userId", o."buyerName", o."companyName",
         (SELECT coalesce(json_agg(json_build_object(
                   'id', i."id", 'seats', i."seats", 'quantity', i."quantity", 'courseId', c."id", 'accessMonths', c."accessMonths", 'kind', i."kind"
                 ) ORDER BY i."id"), '[]')
            FROM "OrderItem" i LEFT JOIN "Course" c ON c."id" = i."courseId" WHERE i."orderId" = o."id") AS "items"
    FROM "Payment" p JOIN "Order" o ON o."id" = p."orderId"
   WHERE p."payuOrderId" = $1 OR p."extOrderId" = $2
   LIMIT 1`;

/** Locks the payment and its order, and reads all that settling needs, in one statement. */
async function lockPayment(sql: Sql, n: OrderNotice): Promise<Locked | null> {
  const { rows } = await sql.query({
    name: 'payment-lock',
    text: `${SETTLEMENT_READ} FOR UPDATE OF p, o`,
    values: [n.orderId, n.extOrderId ?? ''],
  });
  const r = rows[0];
  if (!r) return null;
  const { paymentId, paymentStatus, amount, paymentCurrency, orderStatus, items, ...order } = r;
  return {
    payment: { id: paymentId, status: paymentStatus, amount, currency: paymentCurrency },
    orderStatus,
    order,
    items,
  };
}

/**
 * The common case is one statement (lib/settlement/settle-at-once.ts); every other case is one
 * transaction on a plain-SQL connection (lib/db/sql.ts): with Prisma's interactive transaction
 * every statement costs ≈1.5 ms of latency, and the payment and order locks would be held that
 * much longer under load.
 */
export async function handleOrderNotification(
  n: OrderNotice,
  source: 'notification' | 'status-check' = 'notification',
  now = currentTime(),
): Promise<Outcome> {
  // The common case first: one statement that checks and settles, or writes nothing.
  if (n.status === 'COMPLETED') {
    const mailId = await settleAtOnce(n, source, now);
    if (mailId) {
      afterPaid([mailId]);
      return 'paid';
    }
  }
  const mailIds: string[] = [];
  let strayPaymentId: string | null = null;
  let paidPaymentId: string | null = null;
  const outcome = await sqlTransaction(async (sql): Promise<Outcome> => {
    const locked = await lockPayment(sql, n);
    if (!locked) return 'unknown';
    const { payment, order } = locked;
    const detail = (result: string, extra: Record<string, unknown> = {}) => ({
      result,
      ...extra,
      amount: n.totalAmount,
      currency: n.currencyCode,
    });
    const event = (result: string) =>
      sql.query(
        `INSERT INTO "PaymentEvent" ("id", "paymentId", "kind", "status", "detail") VALUES ($1, $2, $3, $4, $5::jsonb)`,
        [newRowId(), payment.id, source, n.status, JSON.stringify(detail(result))],
      );

    if (n.totalAmount !== payment.amount || n.currencyCode !== payment.currency) {
      await event('amount or currency differ from the order');
      return 'mismatch';
    }
    // Paid for an order we cancelled (lib/settlement/stale-orders.ts): never activated at the
    // lapsed price; the money goes back after commit, also on a repeat (the refund's key is stable).
    if (n.status === 'COMPLETED' && locked.orderStatus === 'CANCELED' && payment.status !== 'CANCELED') {
      if (payment.status !== 'COMPLETED') {
        await sql.query(
          `UPDATE "Payment" SET "status" = 'COMPLETED'::"PaymentStatus", "payuOrderId" = $2, "updatedAt" = $3 WHERE "id" = $1`,
          [payment.id, n.orderId, now],
        );
        await event('order cancelled — payment refunded automatically');
      }
      strayPaymentId = payment.id;
      return 'ignored';
    }
    if (FINAL.includes(payment.status) || n.status === 'NEW') {
      await event('ignored');
      return 'ignored';
    }
    if (n.status === 'COMPLETED' && locked.orderStatus === 'AWAITING_PAYMENT') {
      paidPaymentId = payment.id;
      mailIds.push(
        ...(await settlePaidOrder(sql, {
          paymentId: payment.id,
          payuOrderId: n.orderId,
          order,
          items: locked.items,
          now,
          event: { kind: source, detail: detail('order paid', { paymentId: n.paymentId ?? null }) },
        })),
      );
      return 'paid';
    }
    await sql.query(
      `UPDATE "Payment" SET "status" = $2::"PaymentStatus", "payuOrderId" = $3, "updatedAt" = $4 WHERE "id" = $1`,
      [payment.id, n.status, n.orderId, now],
    );
    // Paid twice (two attempts both completed): recorded for staff to refund.
    await event(n.status === 'COMPLETED' ? 'order already settled — refund this payment' : 'status updated');
    // A contract's stored card declined: the payer gets the pay link (lib/settlement/contract-charges.ts).
    if (n.status === 'CANCELED') mailIds.push(...(await cardDeclinedMails(sql, payment.id, now)));
    return n.status === 'COMPLETED' ? 'ignored' : 'updated';
  });
  if (outcome === 'paid') afterPaid(mailIds);
  else if (mailIds.length > 0) void dispatchEmails(mailIds);
  // A contract's card paid with recurring FIRST: PayU now holds its multi-use token; kept for the next charges.
  if (paidPaymentId) await storeCardOfPayment(paidPaymentId);
  if (strayPaymentId) {
    await refundStrayPayment(strayPaymentId).catch((e: unknown) =>
      // Recorded on the payment; the next notification or status check asks again.
      console.error('[refunds] stray payment refund failed', e instanceof Error ? e.message : e),
    );
  }
  return outcome;
}

/**
 * After a payment's commit, neither awaited (PayU gets its answer at once, and nothing here can
 * undo the payment): its invoice gets its number, shared with the payments committing at the
 * same moment, and its e-mail goes to the job queue. Should either fail or the process die, the
 * `invoices.number` and `email.sweep` jobs finish them within a minute.
 */
function afterPaid(mailIds: string[]): void {
  void dispatchEmails(mailIds);
  void numberPendingInvoices().catch((e) =>
    console.error('[invoices] numbering failed; the job will retry', e instanceof Error ? e.message : e),
  );
}

/**
 * PayU's word on a refund. The first final status is recorded under the row lock; a FINALIZED
 * one also e-mails the buyer, in the same transaction, so a notification PayU repeats (or the
 * status check) finds the refund final and sends nothing again.
 */
export async function handleRefundNotification(n: RefundNotice, now = currentTime()): Promise<Outcome> {
  let mailId: string | null = null;
  let corrected = false;
  const outcome = await db().$transaction(async (tx): Promise<Outcome> => {
    const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT "id", "status"::text FROM "Refund" WHERE "payuRefundId" = ${n.refundId} FOR UPDATE`;
    const refund = rows[0];
    if (!refund) return 'unknown';
    if (refund.status !== 'PENDING' || n.status === 'PENDING') return 'ignored';
    if (n.status === 'CANCELED') {
      // The money did not go: refundable again, the access this refund ended comes back, and a
      // family cancellation it paid goes back to the staff queue. No e-mail: the buyer was only
      // ever told the refund was ordered (refund-sent goes out on FINALIZED, which is final).
      await undoRefund(refund.id, 'CANCELED', null, now, tx);
      await reopenFamilyCancellation(tx, refund.id);
      return 'updated';
    }
    const r = await tx.refund.update({
      where: { id: refund.id },
      data: { status: n.status, finalizedAt: n.status === 'FINALIZED' ? now : null },
      select: {
        paymentId: true,
        amount: true,
        description: true,
        order: {
          select: { id: true, number: true, currency: true, buyerEmail: true, user: { select: { firstName: true } } },
        },
      },
    });
    if (r.paymentId)
      await tx.paymentEvent.create({
        data: {
          paymentId: r.paymentId,
          kind: 'refund',
          status: n.status,
          detail: { refundId: n.refundId, amount: n.amount },
        },
      });
    // The money went back: the invoice's value goes down by a correcting invoice (art. 106j),
    // issued here so it exists exactly when the refund is final; numbered after the commit.
    if (n.status === 'FINALIZED') corrected = await issueCorrectionInRefund(tx, refund.id, now);
    if (n.status === 'FINALIZED' && r.order.buyerEmail) {
      mailId = await queueEmail(tx, r.order.buyerEmail, 'refund-sent', {
        firstName: r.order.user.firstName,
        orderNumber: r.order.number,
        orderId: r.order.id,
        amount: r.amount,
        currency: r.order.currency,
        reason: r.description,
        finalizedAt: now.toISOString(),
      });
    }
    return 'updated';
  });
  if (mailId) void dispatchEmails([mailId]);
  if (corrected) numberCorrectionsAfterCommit();
  return outcome;
}

/** A family cancellation whose refund (any of its parts, named `ZW-<cancellation>-<order>`) PayU cancelled is owed again. */
async function reopenFamilyCancellation(tx: Tx, refundId: string): Promise<void> {
  const r = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { extRefundId: true } });
  const id = /^ZW-([a-z0-9]+)-/.exec(r.extRefundId)?.[1];
  await tx.familyCancellation.updateMany({
    where: { OR: [{ refundId }, ...(id ? [{ id }] : [])], status: 'REFUNDED' },
    data: { status: 'PENDING', refundId: null, processedAt: null },
  });
}
