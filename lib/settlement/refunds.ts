// Staff refunds through PayU's refund API. PayU first (its extRefundId makes a repeat return
// the same refund), then one transaction records it and takes back what the refunded items
// granted. PayU's FINALIZED notification completes it later.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';
import { payu } from '@/lib/payments/gateway';
import { PayuError, PayuUnavailableError } from '@/lib/payments/payu';
import { UserError } from '@/lib/errors';
import { formatMoney } from '@/lib/format/money';
import { revokeItems } from './fulfil';

export type RefundRequest = {
  orderId: string;
  amount: number;
  itemIds: string[];
  description: string;
  staffId: string;
  /** A caller that may repeat the same refund (a retried multi-part refund) names it; else one is drawn. */
  extRefundId?: string;
};

export async function refundOrder(req: RefundRequest): Promise<void> {
  const order = await db().order.findUnique({
    where: { id: req.orderId },
    select: {
      id: true,
      status: true,
      totalGross: true,
      refundedGross: true,
      currency: true,
      items: { select: { id: true } },
      payments: { where: { status: 'COMPLETED' }, select: { id: true, payuOrderId: true } },
    },
  });
  if (!order) throw new UserError('checkout.errors.orderMissing');
  const payment = order.payments[0];
  if (!payment?.payuOrderId || (order.status !== 'PAID' && order.status !== 'PARTIALLY_REFUNDED')) {
    throw new UserError('checkout.errors.refundNotPaid');
  }
  const refundable = order.totalGross - order.refundedGross;
  if (!Number.isInteger(req.amount) || req.amount <= 0 || req.amount > refundable) {
    const max = formatMoney(refundable, order.currency);
    throw new UserError(
      { code: 'checkout.errors.refundAmount', params: [max] },
      { amount: { code: 'checkout.errors.refundAmountField', params: [max] } },
    );
  }
  const itemIds = req.itemIds.filter((id) => order.items.some((i) => i.id === id));
  const extRefundId = req.extRefundId ?? `ZW-${randomBytes(8).toString('hex')}`;
  let refund;
  try {
    refund = await payu().refund(payment.payuOrderId, {
      description: req.description,
      amount: req.amount,
      extRefundId,
    });
  } catch (e) {
    if (e instanceof PayuUnavailableError) throw new UserError('checkout.errors.refundPayuDown');
    if (e instanceof PayuError)
      throw new UserError({
        code: 'checkout.errors.refundPayuRefused',
        params: [e.statusDesc || e.codeLiteral || e.message],
      });
    throw e;
  }
  await db().$transaction(async (tx) => {
    await tx.refund.create({
      data: {
        orderId: order.id,
        paymentId: payment.id,
        extRefundId,
        payuRefundId: refund.refundId,
        amount: req.amount,
        description: req.description,
        createdById: req.staffId,
      },
    });
    const refunded = order.refundedGross + req.amount;
    await tx.order.update({
      where: { id: order.id },
      data: { refundedGross: refunded, status: refunded >= order.totalGross ? 'REFUNDED' : 'PARTIALLY_REFUNDED' },
    });
    await tx.paymentEvent.create({
      data: {
        paymentId: payment.id,
        kind: 'refund',
        status: 'PENDING',
        detail: { amount: req.amount, refundId: refund.refundId, items: itemIds },
      },
    });
    await revokeItems(tx, refunded >= order.totalGross ? order.items.map((i) => i.id) : itemIds);
  });
}
