// §5.3 kept true for orders not yet paid: when a family's paid Standard packages change, an
// unpaid order priced with a sibling discount that no longer applies is cancelled (at PayU too)
// and the parent asked to order again; should PayU still take the money, it goes straight back.
import { db } from '@/lib/db/client';
import { payu } from '@/lib/payments/gateway';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { messages } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/url';
import { decideSiblingDiscount } from '@/lib/families/rules/sibling-discount';
import type { PackageCode } from '@/lib/families/rules/packages';
import { discountsHeld, siblingLedger } from '@/lib/families/sibling-ledger';
import { refundOrder } from '@/lib/settlement/refunds';

const hasDiscount = (details: unknown) =>
  ((details as { lines?: { kind?: string }[] } | null)?.lines ?? []).some((l) => l?.kind === 'SIBLING_DISCOUNT');

/**
 * Re-prices every unpaid order of the parent for the school year against the siblings paid now;
 * one whose discounted children are more than §5.3 allows is cancelled. Safe to run twice: a
 * cancelled order is no longer a candidate, the e-mail has a once-key, PayU's cancel is repeatable.
 */
export async function cancelStaleSiblingOrders(parentId: string, startYear: number): Promise<string[]> {
  const pending = await db().familyPackage.findMany({
    where: { child: { parentId }, schoolYear: startYear, status: 'PENDING_PAYMENT' },
    select: { orderId: true, orderItemId: true, childId: true, packageCode: true },
  });
  const open = await db().order.findMany({
    where: { id: { in: [...new Set(pending.map((p) => p.orderId))] }, status: 'AWAITING_PAYMENT' },
    select: { id: true },
  });
  const items = await db().orderItem.findMany({
    where: { id: { in: pending.map((p) => p.orderItemId) } },
    select: { id: true, details: true },
  });
  const stale: string[] = [];
  for (const { id: orderId } of open) {
    const packages = pending.filter((p) => p.orderId === orderId);
    const discounted = packages.filter((p) => hasDiscount(items.find((i) => i.id === p.orderItemId)?.details)).length;
    if (discounted === 0) continue;
    const ledger = await siblingLedger(parentId, startYear, { childIds: packages.map((p) => p.childId) });
    const decision = decideSiblingDiscount(
      packages.map((p) => p.packageCode as PackageCode),
      false,
      ledger.paid.map((p) => p.package),
      discountsHeld(ledger),
    );
    if ((decision.applies ? decision.discountedChildren : 0) < discounted) stale.push(orderId);
  }
  const cancelled: string[] = [];
  for (const orderId of stale) if (await cancelOrder(orderId)) cancelled.push(orderId);
  return cancelled;
}

/** Cancels one unpaid order in one transaction, then at PayU. False when it was paid meanwhile. */
async function cancelOrder(orderId: string): Promise<boolean> {
  const done = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`
      SELECT "status"::text FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
    if (rows[0]?.status !== 'AWAITING_PAYMENT') return null;
    const order = await tx.order.update({
      where: { id: orderId },
      data: { status: 'CANCELED' },
      select: {
        number: true,
        buyerEmail: true,
        user: { select: { firstName: true } },
        items: { select: { childId: true } },
        payments: { select: { id: true, payuOrderId: true, status: true } },
      },
    });
    for (const p of order.payments) {
      await tx.paymentEvent.create({
        data: {
          paymentId: p.id,
          kind: 'order-canceled',
          status: p.status,
          detail: { result: 'sibling discount lapsed' },
        },
      });
    }
    const children = await tx.child.findMany({
      where: { id: { in: order.items.flatMap((i) => (i.childId ? [i.childId] : [])) } },
      select: { fullName: true },
      orderBy: { fullName: 'asc' },
    });
    const mailId = order.buyerEmail
      ? await queueEmailOnce(tx, `family-order-repriced:${orderId}`, order.buyerEmail, 'family-order-repriced', {
          firstName: order.user.firstName,
          orderNumber: order.number,
          children: children.map((c) => c.fullName),
          link: absoluteUrl('/rodzina/pakiety'),
        })
      : null;
    return { mailId, payments: order.payments };
  });
  if (!done) return false;
  for (const p of done.payments) {
    if (!p.payuOrderId || p.status === 'COMPLETED' || p.status === 'CANCELED') continue;
    // PayU refuses to cancel a payment completed this very moment: its COMPLETED notification
    // then finds the order cancelled and refunds it (refundStrayPayment).
    await payu()
      .cancelOrder(p.payuOrderId)
      .catch((e: unknown) => console.warn('[payu] cancel failed', p.payuOrderId, e instanceof Error ? e.message : e));
  }
  if (done.mailId) await dispatchEmails([done.mailId]);
  return true;
}

/**
 * A payment PayU completed for an order we had cancelled: refunded whole, automatically, under a
 * key named after the payment so a repeated notification asks for the same refund.
 */
export async function refundStrayPayment(paymentId: string): Promise<void> {
  const p = await db().payment.findUnique({ where: { id: paymentId }, select: { orderId: true, amount: true } });
  if (!p) return;
  await refundOrder({
    orderId: p.orderId,
    amount: p.amount,
    itemIds: [],
    description: messages().checkout.strayPaymentRefund,
    staffId: null,
    strayPaymentId: paymentId,
    extRefundId: `ZW-stray-${paymentId}`,
  });
}
