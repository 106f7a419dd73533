// Order status changes, each followed by a notification. COMPLETED and CANCELED are final:
// nothing moves an order out of them, as at PayU.
import type { PayuOrderStatus } from '../types';
import { orderNotification } from './notifications';
import { isFinal, newNumericId, type SimContext, type SimOrder } from './state';

function move(ctx: SimContext, order: SimOrder, status: PayuOrderStatus, outcome?: string): boolean {
  if (order.status === status || isFinal(order.status)) return false;
  order.status = status;
  if (outcome) order.outcome = outcome;
  ctx.log(`order ${order.orderId} → ${status}`);
  ctx.notifier.send(order.orderId, order.notifyUrl, orderNotification(order), `order ${status}`);
  return true;
}

/** The buyer reached the payment page or submitted a method: NEW → PENDING, with a payment id. */
export function startPayment(ctx: SimContext, order: SimOrder): void {
  if (order.status !== 'NEW') return;
  order.paymentId ??= newNumericId(10);
  move(ctx, order, 'PENDING');
}

export function completePayment(ctx: SimContext, order: SimOrder): boolean {
  startPayment(ctx, order);
  return move(ctx, order, 'COMPLETED', 'Płatność zakończona powodzeniem.');
}

export function cancelPayment(ctx: SimContext, order: SimOrder, outcome: string): boolean {
  return move(ctx, order, 'CANCELED', outcome);
}
