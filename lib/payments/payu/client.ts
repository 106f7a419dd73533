// Small typed client for PayU Poland's REST API v2.1 on fetch. The same code talks to the local
// simulator, the sandbox and production: only baseUrl and the POS credentials differ.
import { PayuError, PayuUnavailableError, payuErrorFrom } from './errors';
import { fromWireAmount, toOrderCreateRequest, toWireAmount, type NewPayuOrder } from './order-request';
import { parseCardTokens, type PayuCardToken } from './card-token';
import { createTokenSource, type TokenSource } from './token';
import { payuFetch, type FetchLike, type PayuResponse } from './transport';
import type {
  OrderCreateResponse,
  OrderRetrieveResponse,
  PaymethodsResponse,
  PayuOrderStatus,
  PayuPayByLink,
  PayuPayMethodStatus,
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

export type CreatedPayuOrder = {
  orderId: string;
  redirectUri: string;
  extOrderId: string | undefined;
};

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

/** What the POS offers: its PBL methods (card form `c`, `blik`, banks…) and any stored tokens. */
export type PayuPayMethods = {
  payByLinks: PayuPayByLink[];
  cardTokens: PayuCardToken[];
  pexTokens: NonNullable<PaymethodsResponse['pexTokens']>;
};

/** A buyer as PayU knows them for stored cards: our user id (`extCustomerId`) and their e-mail. */
export type PayuCustomer = { email: string; extCustomerId: string };

export type PayuClient = {
  createOrder(order: NewPayuOrder): Promise<CreatedPayuOrder>;
  /** `GET /api/v2_1/paymethods`: the methods the POS offers now. */
  payMethods(): Promise<PayuPayMethods>;
  /** OAuth `trusted_merchant` access token for one customer, cached until it expires. */
  trustedMerchantToken(customer: PayuCustomer): Promise<string>;
  /** The customer's ACTIVE stored cards (TOKC_), read with their trusted_merchant token. */
  retrieveCardTokens(customer: PayuCustomer): Promise<PayuCardToken[]>;
  retrieveOrder(orderId: string): Promise<PayuOrderSnapshot>;
  cancelOrder(orderId: string): Promise<void>;
  refund(orderId: string, refund: NewPayuRefund): Promise<PayuRefund>;
};

const CREATE_OK_CODES = new Set(['SUCCESS', 'WARNING_CONTINUE_REDIRECT']);
const PBL_STATUSES: readonly string[] = ['ENABLED', 'DISABLED', 'TEMPORARY_DISABLED'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Limits arrive as numbers of minor units; a digit string is read too, anything else means "no limit". */
function limit(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

/**
 * Reads `payByLinks` defensively: an entry without a value is skipped, an unknown status counts
 * as disabled. PayU adds methods and fields over time, and one odd entry must not hide the rest.
 */
export function parsePayByLinks(raw: unknown): PayuPayByLink[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).flatMap((m) => {
    if (typeof m.value !== 'string' || !m.value) return [];
    const status = typeof m.status === 'string' && PBL_STATUSES.includes(m.status) ? m.status : 'DISABLED';
    const entry: PayuPayByLink = {
      value: m.value,
      name: typeof m.name === 'string' ? m.name : m.value,
      brandImageUrl: typeof m.brandImageUrl === 'string' ? m.brandImageUrl : '',
      status: status as PayuPayMethodStatus,
    };
    const min = limit(m.minAmount);
    const max = limit(m.maxAmount);
    if (min !== undefined) entry.minAmount = min;
    if (max !== undefined) entry.maxAmount = max;
    return [entry];
  });
}

export function createPayuClient(options: PayuClientOptions): PayuClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const sourceOptions = { ...options, baseUrl, fetchImpl, now: options.now ?? Date.now, timeoutMs };
  const tokens = createTokenSource(sourceOptions);
  /** One trusted_merchant token source per customer; stale ones are dropped as new ones come. */
  const customerTokens = new Map<string, TokenSource>();

  function customerSource(c: PayuCustomer): TokenSource {
    const key = `${c.extCustomerId}\u0000${c.email}`;
    let source = customerTokens.get(key);
    if (!source) {
      for (const [k, s] of customerTokens) if (!s.fresh()) customerTokens.delete(k);
      source = createTokenSource({
        ...sourceOptions,
        grant: { grant_type: 'trusted_merchant', email: c.email, ext_customer_id: c.extCustomerId },
      });
      customerTokens.set(key, source);
    }
    return source;
  }

  /**
   * Authorised JSON call (the POS's token unless `source` says whose); one retry with a fresh token
   * if PayU says 401 (token revoked/expired early). A GET carries no body: PayU answers 403 to one.
   */
  async function call(method: string, path: string, body?: unknown, source = tokens): Promise<PayuResponse> {
    for (let attempt = 0; ; attempt++) {
      const token = await source.get();
      const res = await payuFetch(
        fetchImpl,
        `${baseUrl}${path}`,
        {
          method,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: body === undefined || method === 'GET' ? undefined : JSON.stringify(body),
        },
        timeoutMs,
      );
      if (res.status === 401 && attempt === 0) {
        source.invalidate(token);
        continue;
      }
      return res;
    }
  }

  async function listPayMethods(source: TokenSource): Promise<PayuPayMethods> {
    const res = await call('GET', '/api/v2_1/paymethods', undefined, source);
    const body = res.body as Partial<PaymethodsResponse> | null;
    // PayU's example answer carries status SUCCESS; a 200 with the list and no status is read too.
    if (res.status !== 200 || !isRecord(body) || (body.status && body.status.statusCode !== 'SUCCESS'))
      throw payuErrorFrom(res.status, res.body);
    return {
      payByLinks: parsePayByLinks(body.payByLinks),
      cardTokens: parseCardTokens(body.cardTokens),
      pexTokens: Array.isArray(body.pexTokens) ? body.pexTokens : [],
    };
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
      return {
        orderId: body.orderId,
        redirectUri: body.redirectUri,
        extOrderId: body.extOrderId,
      };
    },

    payMethods: () => listPayMethods(tokens),

    trustedMerchantToken: (customer) => customerSource(customer).get(),

    async retrieveCardTokens(customer) {
      const { cardTokens } = await listPayMethods(customerSource(customer));
      return cardTokens.filter((t) => t.status === 'ACTIVE');
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
