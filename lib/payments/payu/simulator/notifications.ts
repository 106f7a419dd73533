// Notification bodies in PayU's shape. localReceiptDateTime is present only for COMPLETED,
// as with PayU; PAYMENT_ID once the buyer has started paying.
import type { OrderNotification, RefundNotification } from '../types';
import { payuDateTime } from './dates';
import { toWireOrder, type SimOrder, type SimRefund } from './state';

export function orderNotification(order: SimOrder): OrderNotification {
  const body: OrderNotification = { order: toWireOrder(order) };
  if (order.status === 'COMPLETED') body.localReceiptDateTime = payuDateTime();
  if (order.paymentId) body.properties = [{ name: 'PAYMENT_ID', value: order.paymentId }];
  return body;
}

export function refundNotification(order: SimOrder, refund: SimRefund): RefundNotification {
  const body: RefundNotification = {
    orderId: order.orderId,
    extOrderId: order.extOrderId,
    refund: {
      refundId: refund.refundId,
      amount: String(refund.amount),
      currencyCode: order.currencyCode,
      status: refund.status,
      statusDateTime: refund.statusDateTime,
      reason: 'refund',
      reasonDescription: refund.description,
      refundDate: refund.statusDateTime,
    },
  };
  if (body.extOrderId === undefined) delete body.extOrderId;
  return body;
}
