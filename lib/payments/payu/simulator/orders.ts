// Order endpoints: create (302 + JSON, like PayU's redirect flow), retrieve, cancel.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OrderCancelResponse, OrderCreateResponse, OrderRetrieveResponse } from '../types';
import { errorBody, notFoundBody, readBody, sendJson } from './http';
import { requireBearer } from './oauth';
import { cardTokenBlock, newOrderId, toWireOrder, type SimContext, type SimOrder } from './state';
import { payuDateTime } from './dates';
import { cancelPayment, completePayment } from './transitions';
import { validateOrder } from './validate-order';

export async function createOrder(ctx: SimContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = await readBody(req);
  if (!requireBearer(ctx, req, res)) return;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return sendJson(res, 400, errorBody('ERROR_SYNTAX', 'INVALID_JSON', 'Bad syntax of the request body'));
  }
  const result = validateOrder(json, ctx.settings);
  if (!result.ok) return sendJson(res, 400, result.error);
  const v = result.order;
  if (v.extOrderId !== undefined && ctx.extOrderIds.has(v.extOrderId)) {
    return sendJson(
      res,
      400,
      errorBody('ERROR_ORDER_NOT_UNIQUE', 'ORDER_NOT_UNIQUE', 'Order with this extOrderId already exists', '110'),
    );
  }

  const order: SimOrder = {
    ...v,
    orderId: newOrderId(ctx.orders),
    orderCreateDate: payuDateTime(),
    status: 'NEW',
    paymentId: undefined,
    outcome: undefined,
    refunds: [],
  };
  ctx.orders.set(order.orderId, order);
  if (order.extOrderId !== undefined) ctx.extOrderIds.add(order.extOrderId);
  ctx.log(
    `order ${order.orderId} created (${order.extOrderId ?? 'no extOrderId'}, ${order.totalAmount} ${order.currencyCode})`,
  );

  if (order.recurring === 'STANDARD' && order.cardToken) return chargeStoredCard(ctx, res, order);
  const redirectUri = `${ctx.publicUrl}/pay/${order.orderId}`;
  const body: OrderCreateResponse = { status: { statusCode: 'SUCCESS' }, redirectUri, orderId: order.orderId };
  if (order.extOrderId !== undefined) body.extOrderId = order.extOrderId;
  sendJson(res, 302, body, { Location: redirectUri });
}

/**
 * recurring STANDARD with a TOKC_ token: the merchant charges the saved card, no pay page and no
 * 3-D Secure. The simulator keeps no cards across restarts, so any well-formed token is a card on
 * file; one containing DECLINE is refused by the "bank" (the order ends CANCELED, as at PayU).
 * The answer is PayU's for a transparent order: 200, SUCCESS, redirectUri = continueUrl.
 */
function chargeStoredCard(ctx: SimContext, res: ServerResponse, order: SimOrder): void {
  order.paidWith = 'CARD_TOKEN';
  order.card ??= { number: '444433******1111', expirationMonth: '12', expirationYear: '2029' };
  if (/DECLINE/i.test(order.cardToken ?? '')) cancelPayment(ctx, order, 'Bank odrzucił obciążenie zapisanej karty.');
  else completePayment(ctx, order);
  const body: OrderCreateResponse = {
    status: { statusCode: 'SUCCESS' },
    redirectUri: order.continueUrl ?? `${ctx.publicUrl}/pay/${order.orderId}`,
    orderId: order.orderId,
  };
  if (order.extOrderId !== undefined) body.extOrderId = order.extOrderId;
  const block = cardTokenBlock(order);
  if (block) body.payMethods = block;
  sendJson(res, 200, body);
}

export function retrieveOrder(ctx: SimContext, req: IncomingMessage, res: ServerResponse, orderId: string): void {
  if (!requireBearer(ctx, req, res)) return;
  const order = ctx.orders.get(orderId);
  if (!order) return sendJson(res, 404, notFoundBody());
  const body: OrderRetrieveResponse = {
    orders: [toWireOrder(order)],
    status: { statusCode: 'SUCCESS', statusDesc: 'Request processing successful' },
  };
  if (order.paymentId) body.properties = [{ name: 'PAYMENT_ID', value: order.paymentId }];
  const block = cardTokenBlock(order);
  if (block) body.payMethods = block;
  sendJson(res, 200, body);
}

export function cancelOrder(ctx: SimContext, req: IncomingMessage, res: ServerResponse, orderId: string): void {
  if (!requireBearer(ctx, req, res)) return;
  const order = ctx.orders.get(orderId);
  if (!order) return sendJson(res, 404, notFoundBody());
  if (order.status === 'COMPLETED') {
    return sendJson(
      res,
      400,
      errorBody('BUSINESS_ERROR', 'ORDER_ALREADY_COMPLETED', 'A completed order cannot be canceled; refund it instead'),
    );
  }
  // Cancelling an already canceled order is harmless and sends no second notification.
  cancelPayment(ctx, order, 'Płatność została anulowana przez sklep.');
  const body: OrderCancelResponse = {
    orderId: order.orderId,
    status: { statusCode: 'SUCCESS', statusDesc: 'Request processing successful' },
  };
  if (order.extOrderId !== undefined) body.extOrderId = order.extOrderId;
  sendJson(res, 200, body);
}
