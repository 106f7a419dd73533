// Small typed client for PayU Poland's REST API v2.1 on fetch. The same code talks to the local
// simulator, the sandbox and production: only baseUrl and the POS credentials differ.
import { PayuError, PayuUnavailableError, payuErrorFrom } from './errors';
import { fromWireAmount, toOrderCreateRequest, toWireAmount, type NewPayuOrder } from './order-request';
import { createTokenSource } from './token';
import { payuFetch, type FetchLike, type PayuResponse } from './transport';
import type {
  OrderCreateResponse,
  OrderRetrieveResponse,
  PayuOrderStatus,
  PayuRefundStatus,
  RefundCreateRequest,
  RefundCreateResponse,
} from './types';

export type PayuClientOptions = {
  baseUrl: string;
  posId: string;
  clientId: string;
  clientSecret: string;
  fetchImpl?: FetchLike;
  /** Clock for token expiry, ms since epoch (tests move it). */
  now?: () => number;
  timeoutMs?: number;
};

export type CreatedPayuOrder = { orderId: string; redirectUri: string; extOrderId: string | undefined };

export type PayuOrderSnapshot = {
  orderId: string;
  extOrderId: string | undefined;
  status: PayuOrderStatus;
  totalAmount: number;
  currencyCode: string;
  description: string;
  orderCreateDate: string;
  paymentId: string | undefined;
};

export type NewPayuRefund = {
  description: string;
  extRefundId: string;
  /** Omit for a full refund. */ amount?: number;
};

export type PayuRefund = {
  refundId: string;
  extRefundId: string | undefined;
  amount: number;
  currencyCode: string;
  description: string;
  status: PayuRefundStatus;
  creationDateTime: string;
};

export type PayuClient = {
  createOrder(order: NewPayuOrder): Promise<CreatedPayuOrder>;
  retrieveOrder(orderId: string): Promise<PayuOrderSnapshot>;
  cancelOrder(orderId: string): Promise<void>;
  refund(orderId: string, refund: NewPayuRefund): Promise<PayuRefund>;
};

const CREATE_OK_CODES = new Set(['SUCCESS', 'WARNING_CONTINUE_REDIRECT']);

export function createPayuClient(options: PayuClientOptions): PayuClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const tokens = createTokenSource({ ...options, baseUrl, fetchImpl, now: options.now ?? Date.now, timeoutMs });

  /** Authorised JSON call; one retry with a fresh token if PayU says 401 (token revoked/expired early). */
  async function call(method: string, path: string, body?: unknown): Promise<PayuResponse> {
    for (let attempt = 0; ; attempt++) {
      const token = await tokens.get();
      const res = await payuFetch(
        fetchImpl,
        `${baseUrl}${path}`,
        {
          method,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        },
        timeoutMs,
      );
      if (res.status === 401 && attempt === 0) {
        tokens.invalidate(token);
        continue;
      }
      return res;
    }
  }

  const orderPath = (orderId: string) => `/api/v2_1/orders/${encodeURIComponent(orderId)}`;

  return {
    async createOrder(order) {
      const res = await call('POST', '/api/v2_1/orders', toOrderCreateRequest(order, options.posId));
      const body = res.body as Partial<OrderCreateResponse> | null;
      const okHttp = res.status === 302 || res.status === 200 || res.status === 201;
      if (!okHttp || !body?.status || !CREATE_OK_CODES.has(body.status.statusCode))
        throw payuErrorFrom(res.status, res.body);
      if (typeof body.orderId !== 'string' || typeof body.redirectUri !== 'string') {
        throw new PayuError({
          httpStatus: res.status,
          statusCode: body.status.statusCode,
          statusDesc: 'Response lacks orderId or redirectUri',
        });
      }
      return { orderId: body.orderId, redirectUri: body.redirectUri, extOrderId: body.extOrderId };
    },

    async retrieveOrder(orderId) {
      const res = await call('GET', orderPath(orderId));
      const body = res.body as Partial<OrderRetrieveResponse> | null;
      const order = body?.orders?.[0];
      if (res.status !== 200 || !order) throw payuErrorFrom(res.status, res.body);
      return {
        orderId: order.orderId,
        extOrderId: order.extOrderId,
        status: order.status,
        totalAmount: fromWireAmount(order.totalAmount, 'totalAmount'),
        currencyCode: order.currencyCode,
        description: order.description,
        orderCreateDate: order.orderCreateDate,
        paymentId: body.properties?.find((p) => p.name === 'PAYMENT_ID')?.value,
      };
    },

    async cancelOrder(orderId) {
      const res = await call('DELETE', orderPath(orderId));
      if (res.status !== 200) throw payuErrorFrom(res.status, res.body);
    },

    async refund(orderId, refund) {
      const request: RefundCreateRequest = {
        refund: { description: refund.description, extRefundId: refund.extRefundId },
      };
      if (refund.amount !== undefined) request.refund.amount = toWireAmount(refund.amount, 'refund amount');
      const res = await call('POST', `${orderPath(orderId)}/refunds`, request);
      const body = res.body as Partial<RefundCreateResponse> | null;
      if (res.status !== 200 || body?.status?.statusCode !== 'SUCCESS' || !body.refund)
        throw payuErrorFrom(res.status, res.body);
      const r = body.refund;
      return {
        refundId: r.refundId,
        extRefundId: r.extRefundId,
        amount: fromWireAmount(r.amount, 'refund amount'),
        currencyCode: r.currencyCode,
        description: r.description,
        status: r.status,
        creationDateTime: r.creationDateTime,
      };
    },
  };
}

export { PayuError, PayuUnavailableError };
