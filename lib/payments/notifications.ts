// PayU's notifications, after the signature has been checked. Safe to run any number of times
// and in any order: the payment row is locked, final states never change, and fulfilment
// happens in the same transaction as the status change that causes it.
import { currentTime } from '@/lib/clock/clock';
import { env } from '@/lib/config/env';
import { db } from '@/lib/db/client';
import { newRowId, sqlTransaction, type Sql } from '@/lib/db/sql';
import type { PaymentStatus } from '@/lib/db/generated/enums';
import { formatMoney } from '@/lib/format/money';
import { queueEmailUnrendered } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { fulfilOrder, paidOrderItems, type PaidOrder } from '@/lib/orders/fulfil';
import { issueInvoice } from '@/lib/orders/invoice-issue';
import type { PayuNotification } from './payu';

type OrderNotice = Extract<PayuNotification, { kind: 'order' }>;
type RefundNotice = Extract<PayuNotification, { kind: 'refund' }>;
export type Outcome = 'paid' | 'updated' | 'ignored' | 'unknown' | 'mismatch';

const FINAL: PaymentStatus[] = ['COMPLETED', 'CANCELED'];

type LockedPayment = { id: string; status: PaymentStatus; amount: number; currency: string; orderId: string; orderStatus: string };

async function lockPayment(sql: Sql, payuOrderId: string, extOrderId?: string): Promise<LockedPayment | null> {
  const { rows } = await sql.query<LockedPayment>(
    `SELECT p."id", p."status", p."amount", p."currency", p."orderId", o."status" AS "orderStatus"
       FROM "Payment" p JOIN "Order" o ON o."id" = p."orderId"
      WHERE p."payuOrderId" = $1 OR p."extOrderId" = $2
      LIMIT 1 FOR UPDATE OF p`,
    [payuOrderId, extOrderId ?? ''],
  );
  return rows[0] ?? null;
}

async function markOrderPaid(sql: Sql, orderId: string, now: Date): Promise<PaidOrder> {
  const { rows } = await sql.query<PaidOrder>(
    `UPDATE "Order" o SET "status" = 'PAID', "paidAt" = $2 FROM "User" u
      WHERE o."id" = $1 AND u."id" = o."userId"
      RETURNING o."id", o."number", o."userId", o."buyerName", o."buyerEmail", o."companyName", o."nip", o."street",
                o."postalCode", o."city", o."totalGross", o."currency", u."firstName"`,
    [orderId, now],
  );
  return rows[0];
}

/**
 * The whole paid path runs on one plain-SQL connection (lib/db/sql.ts): with Prisma's
 * interactive transaction every statement costs ≈1.5 ms of latency, and the payment and
 * invoice-counter locks would be held that much longer under load.
 */
export async function handleOrderNotification(n: OrderNotice, source: 'notification' | 'status-check' = 'notification', now = currentTime()): Promise<Outcome> {
  const mailIds: string[] = [];
  const outcome = await sqlTransaction(async (sql): Promise<Outcome> => {
    const payment = await lockPayment(sql, n.orderId, n.extOrderId);
    if (!payment) return 'unknown';
    const event = (detail: Record<string, unknown>) =>
      sql.query(
        `INSERT INTO "PaymentEvent" ("id", "paymentId", "kind", "status", "detail") VALUES ($1, $2, $3, $4, $5::jsonb)`,
        [newRowId(), payment.id, source, n.status, JSON.stringify({ ...detail, amount: n.totalAmount, currency: n.currencyCode })],
      );

    if (n.totalAmount !== payment.amount || n.currencyCode !== payment.currency) {
      await event({ result: 'amount or currency differ from the order' });
      return 'mismatch';
    }
    if (FINAL.includes(payment.status) || n.status === 'NEW') {
      await event({ result: 'ignored' });
      return 'ignored';
    }
    await sql.query(
      `UPDATE "Payment" SET "status" = $2::"PaymentStatus", "payuOrderId" = $3, "updatedAt" = $4 WHERE "id" = $1`,
      [payment.id, n.status, n.orderId, now],
    );
    if (n.status !== 'COMPLETED') {
      await event({ result: 'status updated' });
      return 'updated';
    }
    if (payment.orderStatus !== 'AWAITING_PAYMENT') {
      // Paid twice (two attempts both completed): recorded for staff to refund.
      await event({ result: 'order already settled — refund this payment' });
      return 'ignored';
    }
    await event({ result: 'order paid', paymentId: n.paymentId ?? null });
    const order = await markOrderPaid(sql, payment.orderId, now);
    const items = await paidOrderItems(sql, order.id);
    await fulfilOrder(sql, order, items, now);
    mailIds.push(await queueEmailUnrendered(sql, order.buyerEmail, 'order-paid', {
      firstName: order.firstName,
      orderNumber: order.number,
      items: items.map((i) => (i.quantity > 1 ? `${i.name} × ${i.quantity}` : i.name)),
      total: formatMoney(order.totalGross, order.currency),
      link: `${env().APP_URL}/zamowienia/${order.id}`,
    }));
    // Last, so the yearly counter row is locked only for the moment before commit.
    await issueInvoice(sql, order, items, now);
    return 'paid';
  });
  // Not awaited: PayU gets its answer without waiting for the job queue; the outbox sweeper
  // delivers the message should this enqueue be lost.
  void dispatchEmails(mailIds);
  return outcome;
}

export async function handleRefundNotification(n: RefundNotice, now = currentTime()): Promise<Outcome> {
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT "id", "status"::text FROM "Refund" WHERE "payuRefundId" = ${n.refundId} FOR UPDATE`;
    const refund = rows[0];
    if (!refund) return 'unknown';
    if (refund.status !== 'PENDING' || n.status === 'PENDING') return 'ignored';
    await tx.refund.update({
      where: { id: refund.id },
      data: { status: n.status, finalizedAt: n.status === 'FINALIZED' ? now : null },
    });
    const r = await tx.refund.findUniqueOrThrow({ where: { id: refund.id }, select: { paymentId: true } });
    await tx.paymentEvent.create({ data: { paymentId: r.paymentId, kind: 'refund', status: n.status, detail: { refundId: n.refundId, amount: n.amount } } });
    return 'updated';
  });
}
