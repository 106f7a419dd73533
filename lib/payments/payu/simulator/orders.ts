// Order endpoints: create (302 + JSON, like PayU's redirect flow), retrieve, cancel.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OrderCancelResponse, OrderCreateResponse, OrderRetrieveResponse } from '../types';
import { errorBody, notFoundBody, readBody, sendJson } from './http';
import { requireBearer } from './oauth';
import { findCard } from './cards';
import { newOrderId, toWireOrder, type SimContext, type SimOrder } from './state';
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
  // A stored card is charged only for the customer it was saved for, as PayU does.
  if (v.cardToken && !findCard(ctx, v.buyer?.extCustomerId, v.cardToken)) {
    return sendJson(
      res,
      400,
      errorBody('ERROR_VALUE_INVALID', 'INVALID_CARD_TOKEN', 'Card token unknown or inactive for this extCustomerId'),
    );
  }
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
 * recurring STANDARD with a TOKC_ token the customer saved (checked above): the merchant charges
 * the card, no pay page and no 3-D Secure. A token containing DECLINE (cards.ts) is refused by the
 * "bank": the order ends CANCELED, as at PayU. The answer is PayU's for a transparent order: 200,
 * SUCCESS, redirectUri = continueUrl.
 */
function chargeStoredCard(ctx: SimContext, res: ServerResponse, order: SimOrder): void {
  order.paidWith = 'CARD_TOKEN';
  const card = findCard(ctx, order.buyer?.extCustomerId, order.cardToken ?? '');
  if (card)
    order.card = {
      number: card.cardNumberMasked,
      expirationMonth: String(card.cardExpirationMonth),
      expirationYear: String(card.cardExpirationYear),
    };
  if (/DECLINE/i.test(order.cardToken ?? '')) cancelPayment(ctx, order, 'Bank odrzucił obciążenie zapisanej karty.');
  else completePayment(ctx, order);
  const body: OrderCreateResponse = {
    status: { statusCode: 'SUCCESS' },
    redirectUri: order.continueUrl ?? `${ctx.publicUrl}/pay/${order.orderId}`,
    orderId: order.orderId,
  };
  if (order.extOrderId !== undefined) body.extOrderId = order.extOrderId;
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
