// Our side of an order: integer minor units as numbers. This module is the only place that
// turns them into PayU's wire strings, and computes totalAmount so it always equals the sum.
import type { OrderCreateRequest, PayuBuyer, PayuRecurring } from './types';

export type NewPayuOrderProduct = { name: string; unitPrice: number; quantity: number };

export type NewPayuOrder = {
  /** Our payment-attempt id; PayU rejects a repeat with ERROR_ORDER_NOT_UNIQUE. */
  extOrderId: string;
  notifyUrl: string;
  continueUrl: string;
  customerIp: string;
  description: string;
  currencyCode: string;
  products: NewPayuOrderProduct[];
  buyer?: PayuBuyer;
  /** 'blik' or a bank code to skip PayU's method choice; omit to let the buyer choose. */
  payMethodValue?: string;
  /** Seconds the order stays payable (PayU's validityTime). */
  validityTimeSeconds?: number;
  /**
   * A card payment of a series: FIRST when the payer pays on PayU's card form and the card is
   * saved (a TOKC_ token comes back), STANDARD when we charge that token without the payer.
   */
  recurring?: PayuRecurring;
  /** A multi-use TOKC_ token to charge (`payMethods.payMethod {type:'CARD_TOKEN'}`); needs recurring STANDARD. */
  cardToken?: string;
};

/** Integer minor units → PayU's decimal string; refuses fractions, which would be a bug upstream. */
export function toWireAmount(minor: number, what = 'amount'): string {
  if (!Number.isSafeInteger(minor) || minor < 0)
    throw new RangeError(`${what} must be a non-negative integer of minor units, got ${minor}`);
  return String(minor);
}

/** PayU's decimal string → integer minor units. */
export function fromWireAmount(wire: string | number, what = 'amount'): number {
  const n = typeof wire === 'number' ? wire : /^-?\d+$/.test(wire) ? Number(wire) : NaN;
  if (!Number.isSafeInteger(n)) throw new RangeError(`PayU sent a non-integer ${what}: ${wire}`);
  return n;
}

export function orderTotal(products: NewPayuOrderProduct[]): number {
  return products.reduce((sum, p) => sum + p.unitPrice * p.quantity, 0);
}

export function toOrderCreateRequest(order: NewPayuOrder, merchantPosId: string): OrderCreateRequest {
  const req: OrderCreateRequest = {
    notifyUrl: order.notifyUrl,
    continueUrl: order.continueUrl,
    customerIp: order.customerIp,
    merchantPosId,
    description: order.description,
    currencyCode: order.currencyCode,
    totalAmount: toWireAmount(orderTotal(order.products), 'totalAmount'),
    extOrderId: order.extOrderId,
    products: order.products.map((p) => ({
      name: p.name,
      unitPrice: toWireAmount(p.unitPrice, 'unitPrice'),
      quantity: toWireAmount(p.quantity, 'quantity'),
    })),
  };
  if (order.buyer) req.buyer = order.buyer;
  if (order.cardToken && order.payMethodValue) throw new RangeError('A card token order names no other payment method');
  if (order.cardToken && order.recurring !== 'STANDARD')
    throw new RangeError('A stored card is charged with recurring STANDARD');
  if (order.payMethodValue) req.payMethods = { payMethod: { type: 'PBL', value: order.payMethodValue } };
  if (order.cardToken) req.payMethods = { payMethod: { type: 'CARD_TOKEN', value: order.cardToken } };
  if (order.recurring) req.recurring = order.recurring;
  if (order.validityTimeSeconds !== undefined)
    req.validityTime = toWireAmount(order.validityTimeSeconds, 'validityTime');
  return req;
}
