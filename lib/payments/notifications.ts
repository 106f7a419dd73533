// PayU's notifications, after the signature has been checked. Safe to run any number of times
// and in any order: the payment row is locked, final states never change, and fulfilment
// happens in the same transaction as the status change that causes it.
import { currentTime } from '@/lib/clock/clock';
import { env } from '@/lib/config/env';
import { db, type Tx } from '@/lib/db/client';
import type { PaymentStatus } from '@/lib/db/generated/enums';
import { formatMoney } from '@/lib/format/money';
import { renderEmail } from '@/lib/mail/render';
import { dispatchEmails } from '@/lib/jobs/queues';
import { fulfilOrder } from '@/lib/orders/fulfil';
import { issueInvoice } from '@/lib/orders/invoice-issue';
import type { PayuNotification } from './payu';

type OrderNotice = Extract<PayuNotification, { kind: 'order' }>;
type RefundNotice = Extract<PayuNotification, { kind: 'refund' }>;
export type Outcome = 'paid' | 'updated' | 'ignored' | 'unknown' | 'mismatch';

const FINAL: PaymentStatus[] = ['COMPLETED', 'CANCELED'];

async function lockPayment(tx: Tx, payuOrderId: string, extOrderId?: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Payment" WHERE "payuOrderId" = ${payuOrderId} OR "extOrderId" = ${extOrderId ?? ''} LIMIT 1 FOR UPDATE`;
  if (!rows[0]) return null;
  return tx.payment.findUniqueOrThrow({
    where: { id: rows[0].id },
    select: { id: true, status: true, amount: true, currency: true, orderId: true, order: { select: { status: true } } },
  });
}

export async function handleOrderNotification(n: OrderNotice, source: 'notification' | 'status-check' = 'notification', now = currentTime()): Promise<Outcome> {
  // The confirmation is rendered before the transaction, so no row lock waits on React.
  const mail = n.status === 'COMPLETED' ? await renderOrderPaidEmail(n.orderId, n.extOrderId) : null;
  const mailIds: string[] = [];
  const outcome = await db().$transaction(async (tx): Promise<Outcome> => {
    const payment = await lockPayment(tx, n.orderId, n.extOrderId);
    if (!payment) return 'unknown';
    const event = (detail: Record<string, unknown>) =>
      tx.paymentEvent.create({ data: { paymentId: payment.id, kind: source, status: n.status, detail: { ...detail, amount: n.totalAmount, currency: n.currencyCode } } });

    if (n.totalAmount !== payment.amount || n.currencyCode !== payment.currency) {
      await event({ result: 'amount or currency differ from the order' });
      return 'mismatch';
    }
    if (FINAL.includes(payment.status) || n.status === 'NEW') {
      await event({ result: 'ignored' });
      return 'ignored';
    }
    await tx.payment.update({ where: { id: payment.id }, data: { status: n.status, payuOrderId: n.orderId } });
    if (n.status !== 'COMPLETED') {
      await event({ result: 'status updated' });
      return 'updated';
    }
    if (payment.order.status !== 'AWAITING_PAYMENT') {
      // Paid twice (two attempts both completed): recorded for staff to refund.
      await event({ result: 'order already settled — refund this payment' });
      return 'ignored';
    }
    await event({ result: 'order paid', paymentId: n.paymentId ?? null });
    await tx.order.update({ where: { id: payment.orderId }, data: { status: 'PAID', paidAt: now } });
    await fulfilOrder(tx, payment.orderId, now);
    if (mail) mailIds.push((await tx.emailMessage.create({ data: mail, select: { id: true } })).id);
    // Last, so the yearly counter row is locked only for the moment before commit.
    await issueInvoice(tx, payment.orderId, now);
    return 'paid';
  });
  // Not awaited: PayU gets its answer without waiting for the job queue; the outbox sweeper
  // delivers the message should this enqueue be lost.
  void dispatchEmails(mailIds);
  return outcome;
}

async function renderOrderPaidEmail(payuOrderId: string, extOrderId?: string) {
  const order = await db().order.findFirst({
    where: { payments: { some: { OR: [{ payuOrderId }, { extOrderId: extOrderId ?? '' }] } } },
    select: { id: true, number: true, buyerEmail: true, totalGross: true, currency: true, user: { select: { firstName: true } }, items: { select: { name: true, quantity: true } } },
  });
  if (!order) return null;
  const rendered = await renderEmail('order-paid', {
    firstName: order.user.firstName,
    orderNumber: order.number,
    items: order.items.map((i) => (i.quantity > 1 ? `${i.name} × ${i.quantity}` : i.name)),
    total: formatMoney(order.totalGross, order.currency),
    link: `${env().APP_URL}/zamowienia/${order.id}`,
  });
  return { to: order.buyerEmail, template: 'order-paid', ...rendered };
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
