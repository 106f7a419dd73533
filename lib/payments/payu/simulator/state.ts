// The simulator's in-memory model: one POS, its orders, refunds, issued OAuth tokens and the cards
// its customers saved (by extCustomerId, as PayU keeps them).
import { randomInt } from 'node:crypto';
import type {
  PayuBuyer,
  PayuOrder,
  PayuOrderStatus,
  PayuCardTokenStatus,
  PayuPayByLink,
  PayuProduct,
  PayuRefundStatus,
} from '../types';
import { payuDateTime } from './dates';
import type { Notifier } from './notifier';
import type { Timers } from './timers';

export type SimRefund = {
  refundId: string;
  extRefundId: string | undefined;
  amount: number;
  description: string;
  creationDateTime: string;
  status: PayuRefundStatus;
  statusDateTime: string;
  /** What the request asked for, to tell a repeat (same refund) from a conflicting reuse of extRefundId. */
  requestKey: string;
};

export type SimOrder = {
  orderId: string;
  extOrderId: string | undefined;
  orderCreateDate: string;
  notifyUrl: string;
  continueUrl: string | undefined;
  customerIp: string;
  merchantPosId: string;
  description: string;
  currencyCode: string;
  totalAmount: number;
  buyer: PayuBuyer | undefined;
  products: PayuProduct[];
  payMethodValue: string | undefined;
  /** How the buyer paid, for the notification's payMethod.type (a card is CARD_TOKEN at PayU). */
  paidWith?: 'PBL' | 'CARD_TOKEN';
  /** A card payment waiting for its 3-D Secure confirmation. */
  threeDs?: boolean;
  /** FIRST: the card paid on the pay page is saved for buyer.extCustomerId; STANDARD: a stored card charged at creation. */
  recurring: 'FIRST' | 'STANDARD' | undefined;
  /** The multi-use token the order charged (STANDARD) or saved (FIRST, once paid by card); never on the wire. */
  cardToken: string | undefined;
  /** The card paid on the pay page: masked number and expiry. */
  card?: { number: string; expirationMonth: string; expirationYear: string };
  status: PayuOrderStatus;
  paymentId: string | undefined;
  /** Why the order ended the way it did, shown on the pay page (in the buyer's language). */
  outcome: string | undefined;
  refunds: SimRefund[];
};

export type SimSettings = {
  posId: string;
  clientId: string;
  clientSecret: string;
  secondKey: string;
  currencies: string[];
  /** What GET /api/v2_1/paymethods lists; an order may only name an ENABLED value. */
  payByLinks: PayuPayByLink[];
  tokenTtlSeconds: number;
  refundDelayMs: number;
};

/** An issued OAuth access token: the POS's own, or one customer's (trusted_merchant). */
export type SimAccessToken = {
  expiresAt: number;
  grant: 'client_credentials' | 'trusted_merchant';
  customer?: { email: string; extCustomerId: string };
};

/** A card saved by a FIRST payment, listed by GET /api/v2_1/paymethods for its customer. */
export type SimCard = {
  value: string;
  email: string;
  cardNumberMasked: string;
  cardExpirationMonth: number;
  cardExpirationYear: number;
  cardBrand: string;
  cardScheme: string;
  preferred: boolean;
  status: Exclude<PayuCardTokenStatus, 'EXPIRED'>;
};

export type SimContext = {
  settings: SimSettings;
  /** Base URL the buyer's browser uses for /pay/…; known only after listen(). */
  publicUrl: string;
  orders: Map<string, SimOrder>;
  extOrderIds: Set<string>;
  tokens: Map<string, SimAccessToken>;
  /** extCustomerId → the cards saved for that customer, oldest first. */
  cards: Map<string, SimCard[]>;
  notifier: Notifier;
  timers: Timers;
  log: (line: string) => void;
};

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** PayU-looking order id, e.g. "WZHF5FFDRJ240507GUEST000P01". */
export function newOrderId(taken: Map<string, unknown>): string {
  for (;;) {
    const rand = Array.from({ length: 10 }, () => ALNUM[randomInt(ALNUM.length)]).join('');
    const date = payuDateTime().slice(2, 10).replaceAll('-', '');
    const id = `${rand}${date}GUEST000P01`;
    if (!taken.has(id)) return id;
  }
}

export const newNumericId = (digits: number) =>
  Array.from({ length: digits }, (_, i) => (i === 0 ? randomInt(1, 10) : randomInt(10))).join('');

export const isFinal = (s: PayuOrderStatus) => s === 'COMPLETED' || s === 'CANCELED';

export function toWireOrder(o: SimOrder): PayuOrder {
  const wire: PayuOrder = {
    orderId: o.orderId,
    extOrderId: o.extOrderId,
    orderCreateDate: o.orderCreateDate,
    notifyUrl: o.notifyUrl,
    customerIp: o.customerIp,
    merchantPosId: o.merchantPosId,
    description: o.description,
    currencyCode: o.currencyCode,
    totalAmount: String(o.totalAmount),
    buyer: o.buyer,
    payMethod: { type: o.paidWith ?? 'PBL' },
    products: o.products,
    status: o.status,
  };
  if (wire.buyer === undefined) delete wire.buyer;
  if (wire.extOrderId === undefined) delete wire.extOrderId;
  return wire;
}

/** A new multi-use token, shaped like PayU's ("TOKC_" and 27 characters), starting with `prefix`. */
export const newCardToken = (prefix = '') =>
  `TOKC_${prefix}${Array.from({ length: 27 - prefix.length }, () => ALNUM[randomInt(ALNUM.length)]).join('')}`;

export const refundedSoFar = (o: SimOrder) =>
  o.refunds.filter((r) => r.status !== 'CANCELED').reduce((s, r) => s + r.amount, 0);
