// Refunds: only for COMPLETED orders, never more than what is left, idempotent on extRefundId.
// Accepted refunds answer PENDING and become FINALIZED shortly after, with a notification.
// Error statusCode/code/codeLiteral follow PayU's refund error table.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PayuRefundRecord, RefundCreateResponse } from '../types';
import { payuDateTime } from './dates';
import { errorBody, notFoundBody, readBody, sendJson } from './http';
import { refundNotification } from './notifications';
import { requireBearer } from './oauth';
import { newNumericId, refundedSoFar, type SimContext, type SimOrder, type SimRefund } from './state';

function wire(order: SimOrder, r: SimRefund): PayuRefundRecord {
  const out: PayuRefundRecord = {
    refundId: r.refundId,
    extRefundId: r.extRefundId,
    amount: String(r.amount),
    currencyCode: order.currencyCode,
    description: r.description,
    creationDateTime: r.creationDateTime,
    status: r.status,
    statusDateTime: r.statusDateTime,
  };
  if (out.extRefundId === undefined) delete out.extRefundId;
  return out;
}

function ok(res: ServerResponse, order: SimOrder, r: SimRefund): void {
  const body: RefundCreateResponse = {
    orderId: order.orderId,
    refund: wire(order, r),
    status: { statusCode: 'SUCCESS', statusDesc: 'Refund queued for processing' },
  };
  sendJson(res, 200, body);
}

export async function createRefund(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  orderId: string,
): Promise<void> {
  const raw = await readBody(req);
  if (!requireBearer(ctx, req, res)) return;
  const order = ctx.orders.get(orderId);
  if (!order) return sendJson(res, 404, notFoundBody());

  let refund: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    const r = (parsed as { refund?: unknown } | null)?.refund;
    if (typeof r === 'object' && r !== null && !Array.isArray(r)) refund = r as Record<string, unknown>;
  } catch {
    return sendJson(res, 400, errorBody('ERROR_SYNTAX', 'INVALID_JSON', 'Bad syntax of the request body'));
  }
  if (!refund)
    return sendJson(
      res,
      400,
      errorBody('ERROR_VALUE_MISSING', 'MISSING_REFUND_SECTION', 'Missing refund section', '8300'),
    );
  const description = refund.description;
  if (typeof description !== 'string' || !description.trim()) {
    return sendJson(
      res,
      400,
      errorBody('ERROR_VALUE_MISSING', 'MISSING_DESCRIPTION', 'Missing required field: refund.description'),
    );
  }
  let amount: number | undefined;
  if (refund.amount !== undefined && refund.amount !== null) {
    const a =
      typeof refund.amount === 'number'
        ? refund.amount
        : /^\d+$/.test(String(refund.amount))
          ? Number(refund.amount)
          : NaN;
    if (!Number.isSafeInteger(a) || a <= 0)
      return sendJson(
        res,
        400,
        errorBody(
          'OPENPAYU_ERROR_VALUE_INVALID',
          'AMOUNT_TO_SMALL',
          'Refund amount must be a positive integer',
          '9105',
        ),
      );
    amount = a;
  }
  if (refund.currencyCode !== undefined && refund.currencyCode !== order.currencyCode) {
    return sendJson(
      res,
      400,
      errorBody('ERROR_VALUE_INVALID', 'INVALID_CURRENCY_CODE', `Order currency is ${order.currencyCode}`),
    );
  }
  const extRefundId = typeof refund.extRefundId === 'string' && refund.extRefundId ? refund.extRefundId : undefined;

  // Idempotency comes before the balance check: a repeat of an accepted full refund must not
  // fail for "nothing left".
  const requestKey = JSON.stringify({ description, amount: amount ?? null });
  const earlier = extRefundId !== undefined ? order.refunds.find((r) => r.extRefundId === extRefundId) : undefined;
  if (earlier) {
    if (earlier.requestKey === requestKey) return ok(res, order, earlier);
    return sendJson(
      res,
      400,
      errorBody(
        'OPENPAYU_BUSINESS_ERROR',
        'REFUND_IDEMPOTENCY_MISMATCH',
        'extRefundId was already used with different data',
        '9112',
      ),
    );
  }

  if (order.status !== 'COMPLETED') {
    return sendJson(
      res,
      400,
      errorBody('OPENPAYU_BUSINESS_ERROR', 'TRANS_NOT_ENDED', 'Transaction has not been completed', '9102'),
    );
  }
  const remaining = order.totalAmount - refundedSoFar(order);
  const value = amount ?? remaining;
  if (value <= 0 || value > remaining) {
    return sendJson(
      res,
      400,
      errorBody(
        'OPENPAYU_ERROR_VALUE_INVALID',
        'AMOUNT_TO_BIG',
        `Refund amount exceeds what is left to refund (${remaining})`,
        '9104',
      ),
    );
  }

  const now = payuDateTime();
  const created: SimRefund = {
    refundId: newNumericId(10),
    extRefundId,
    amount: value,
    description,
    creationDateTime: now,
    status: 'PENDING',
    statusDateTime: now,
    requestKey,
  };
  order.refunds.push(created);
  ctx.log(`refund ${created.refundId} of ${order.orderId}: ${value} ${order.currencyCode}`);
  ok(res, order, created);

  ctx.timers.defer(ctx.settings.refundDelayMs, () => {
    created.status = 'FINALIZED';
    created.statusDateTime = payuDateTime();
    ctx.notifier.send(order.orderId, order.notifyUrl, refundNotification(order, created), 'refund FINALIZED');
  });
}
