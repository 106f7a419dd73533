// Refunds through PayU's refund API, for staff and for a consumer's withdrawal. PayU first (its
// extRefundId makes a repeat return the same refund), then one transaction records it, takes
// back what the refunded items granted and runs the caller's own writes (the withdrawal and its
// e-mail). PayU's FINALIZED notification completes it later (lib/settlement/notifications.ts).
import { randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db/client';
import { payu } from '@/lib/payments/gateway';
import { PayuError, PayuUnavailableError } from '@/lib/payments/payu';
import { isUniqueViolation, UserError } from '@/lib/errors';
import { formatMoney } from '@/lib/format/money';
import { revokeItems } from './fulfil';

export type RefundRequest = {
  orderId: string;
  amount: number;
  /** Items whose access ends; a full refund ends every item's access. */
  itemIds: string[];
  description: string;
  staffId: string | null;
  /** A stable id makes the whole refund repeatable (a withdrawal confirmed twice). */
  extRefundId?: string;
  /** More writes in the refund's transaction, given the new Refund's id. */
  alsoInTransaction?: (tx: Tx, refundId: string) => Promise<void>;
};

export type RefundOutcome = {
  refundId: string;
  amount: number;
  currency: string;
  /** Names of the items whose access this refund actually ended (none when access was kept). */
  revoked: string[];
  /** The same refund had already been recorded: nothing was written this time. */
  repeated: boolean;
};

export async function refundOrder(req: RefundRequest): Promise<RefundOutcome> {
  const order = await db().order.findUnique({
    where: { id: req.orderId },
    select: {
      id: true,
      status: true,
      totalGross: true,
      refundedGross: true,
      currency: true,
      items: { select: { id: true, name: true } },
      payments: { where: { status: 'COMPLETED' }, select: { id: true, payuOrderId: true } },
    },
  });
  if (!order) throw new UserError('checkout.errors.orderMissing');
  const earlier = req.extRefundId ? await findRefund(req.extRefundId) : null;
  if (earlier) return { ...earlier, currency: order.currency, revoked: [], repeated: true };
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
  const refund = await askPayu(payment.payuOrderId, { description: req.description, amount: req.amount, extRefundId });
  try {
    return await db().$transaction(async (tx) => {
      const created = await tx.refund.create({
        data: {
          orderId: order.id,
          paymentId: payment.id,
          extRefundId,
          payuRefundId: refund.refundId,
          amount: req.amount,
          description: req.description,
          createdById: req.staffId,
        },
        select: { id: true },
      });
      // The increment happens under the row lock, so two refunds at once cannot both pass the
      // check above and refund more than was paid.
      const updated = await tx.order.update({
        where: { id: order.id },
        data: { refundedGross: { increment: req.amount } },
        select: { refundedGross: true },
      });
      if (updated.refundedGross > order.totalGross) {
        throw new UserError({
          code: 'checkout.errors.refundAmount',
          params: [formatMoney(order.totalGross - order.refundedGross, order.currency)],
        });
      }
      const full = updated.refundedGross >= order.totalGross;
      await tx.order.update({
        where: { id: order.id },
        data: { status: full ? 'REFUNDED' : 'PARTIALLY_REFUNDED' },
      });
      await tx.paymentEvent.create({
        data: {
          paymentId: payment.id,
          kind: 'refund',
          status: 'PENDING',
          detail: { amount: req.amount, refundId: refund.refundId, items: itemIds },
        },
      });
      const revokedIds = await revokeItems(tx, full ? order.items.map((i) => i.id) : itemIds);
      await req.alsoInTransaction?.(tx, created.id);
      return {
        refundId: created.id,
        amount: req.amount,
        currency: order.currency,
        revoked: order.items.filter((i) => revokedIds.includes(i.id)).map((i) => i.name),
        repeated: false,
      };
    });
  } catch (e) {
    // The same extRefundId committed at the same moment by a second click: that one counts.
    const again = req.extRefundId && isUniqueViolation(e) ? await findRefund(req.extRefundId) : null;
    if (again) return { ...again, currency: order.currency, revoked: [], repeated: true };
    throw e;
  }
}

async function findRefund(extRefundId: string) {
  const r = await db().refund.findUnique({ where: { extRefundId }, select: { id: true, amount: true } });
  return r ? { refundId: r.id, amount: r.amount } : null;
}

async function askPayu(payuOrderId: string, refund: { description: string; amount: number; extRefundId: string }) {
  try {
    return await payu().refund(payuOrderId, refund);
  } catch (e) {
    if (e instanceof PayuUnavailableError) throw new UserError('checkout.errors.refundPayuDown');
    if (e instanceof PayuError)
      throw new UserError({
        code: 'checkout.errors.refundPayuRefused',
        params: [e.statusDesc || e.codeLiteral || e.message],
      });
    throw e;
  }
}
