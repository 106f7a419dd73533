// Order-create validation with PayU's error shape: ERROR_VALUE_MISSING / ERROR_VALUE_INVALID
// and HTTP 400. The codeLiterals are the simulator's own (MISSING_<FIELD>, INVALID_<FIELD>);
// callers should branch on statusCode, which matches PayU. A PBL value the POS does not offer, or
// offers only in PLN (BLIK, Polish banks) asked for in another currency, is ERROR_VALUE_INVALID too:
// only PayU's card form (`c`) takes EUR, GBP and USD.
import { isIP } from 'node:net';
import type { PayuBuyer, PayuErrorBody, PayuProduct, PayuRecurring } from '../types';
import { errorBody } from './http';
import type { SimSettings } from './state';

export type ValidOrder = {
  notifyUrl: string;
  continueUrl: string | undefined;
  customerIp: string;
  merchantPosId: string;
  description: string;
  currencyCode: string;
  totalAmount: number;
  extOrderId: string | undefined;
  buyer: PayuBuyer | undefined;
  products: PayuProduct[];
  payMethodValue: string | undefined;
  /** FIRST: a card paid on the pay page is saved (TOKC_); STANDARD: a stored card charged at once. */
  recurring: PayuRecurring | undefined;
  /** `payMethods.payMethod {type:'CARD_TOKEN', value}`: the multi-use token to charge. */
  cardToken: string | undefined;
};

type Result = { ok: true; order: ValidOrder } | { ok: false; error: PayuErrorBody };

const literal = (field: string) =>
  field
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/\W+/g, '_')
    .toUpperCase();
const missing = (field: string): Result => ({
  ok: false,
  error: errorBody('ERROR_VALUE_MISSING', `MISSING_${literal(field)}`, `Missing required field: ${field}`),
});
const invalid = (field: string, why: string): Result => ({
  ok: false,
  error: errorBody('ERROR_VALUE_INVALID', `INVALID_${literal(field)}`, `Invalid field ${field}: ${why}`),
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/** Integer minor units given as a number or a digit string (PayU accepts both). */
function integer(v: unknown): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : null;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number.isSafeInteger(Number(v)) ? Number(v) : null;
  return null;
}

function httpUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Card in any of the POS's currencies; everything else (BLIK, banks) only in PLN, as at PayU. */
export const PLN_ONLY = (value: string) => value !== 'c';

function payMethodRefusal(value: string, currency: string, amount: number, s: SimSettings): string | null {
  const m = s.payByLinks.find((p) => p.value === value);
  if (!m) return `${value} is not a payment method of this POS`;
  if (m.status !== 'ENABLED') return `${value} is not available now (${m.status})`;
  if (PLN_ONLY(value) && currency !== 'PLN') return `${value} is not available in ${currency}`;
  if ((m.minAmount !== undefined && amount < m.minAmount) || (m.maxAmount !== undefined && amount > m.maxAmount))
    return `${value} does not accept this amount`;
  return null;
}

export function validateOrder(body: unknown, s: SimSettings): Result {
  if (!isRecord(body))
    return { ok: false, error: errorBody('ERROR_SYNTAX', 'INVALID_JSON', 'Request body must be a JSON object') };
  const b = body;

  for (const f of [
    'notifyUrl',
    'customerIp',
    'merchantPosId',
    'description',
    'currencyCode',
    'totalAmount',
    'products',
  ] as const) {
    if (!present(b[f])) return missing(f);
  }
  if (!Array.isArray(b.products) || b.products.length === 0) return missing('products');
  if (!httpUrl(b.notifyUrl)) return invalid('notifyUrl', 'must be an http(s) URL');
  if (present(b.continueUrl) && !httpUrl(b.continueUrl)) return invalid('continueUrl', 'must be an http(s) URL');
  const ip = String(b.customerIp);
  if (isIP(ip) === 0 || ip === '0.0.0.0' || ip === '::')
    return invalid('customerIp', 'must be the buyer’s IPv4/IPv6 address');
  if (String(b.merchantPosId) !== s.posId) return invalid('merchantPosId', 'does not match the authorised POS');
  if (typeof b.description !== 'string' || b.description.length > 4000)
    return invalid('description', 'must be text up to 4000 characters');
  const currency = String(b.currencyCode);
  if (!/^[A-Z]{3}$/.test(currency) || !s.currencies.includes(currency))
    return invalid('currencyCode', `POS accepts ${s.currencies.join(', ')}`);
  const totalAmount = integer(b.totalAmount);
  if (totalAmount === null || totalAmount <= 0)
    return invalid('totalAmount', 'must be a positive integer of minor units');
  if (present(b.extOrderId) && (typeof b.extOrderId !== 'string' || b.extOrderId.length > 1024))
    return invalid('extOrderId', 'must be text up to 1024 characters');

  const products: PayuProduct[] = [];
  let sum = 0;
  for (const [i, p] of b.products.entries()) {
    if (!isRecord(p)) return invalid(`products[${i}]`, 'must be an object');
    if (typeof p.name !== 'string' || !p.name.trim()) return missing(`products[${i}].name`);
    const unitPrice = integer(p.unitPrice);
    const quantity = integer(p.quantity);
    if (unitPrice === null) return invalid(`products[${i}].unitPrice`, 'must be a non-negative integer');
    if (quantity === null || quantity <= 0) return invalid(`products[${i}].quantity`, 'must be a positive integer');
    sum += unitPrice * quantity;
    products.push({ name: p.name, unitPrice: String(unitPrice), quantity: String(quantity) });
  }
  if (sum !== totalAmount) return invalid('totalAmount', `must equal the sum of products (${sum})`);

  let buyer: PayuBuyer | undefined;
  if (present(b.buyer)) {
    if (!isRecord(b.buyer)) return invalid('buyer', 'must be an object');
    if (typeof b.buyer.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(b.buyer.email))
      return invalid('buyer.email', 'must be an e-mail address');
    buyer = b.buyer as PayuBuyer;
  }

  let recurring: PayuRecurring | undefined;
  if (present(b.recurring)) {
    if (b.recurring !== 'FIRST' && b.recurring !== 'STANDARD') return invalid('recurring', 'must be FIRST or STANDARD');
    recurring = b.recurring;
  }

  let payMethodValue: string | undefined;
  let cardToken: string | undefined;
  if (present(b.payMethods)) {
    const pm = isRecord(b.payMethods) && isRecord(b.payMethods.payMethod) ? b.payMethods.payMethod : null;
    if (pm?.type === 'CARD_TOKEN') {
      // Only multi-use tokens exist here (the simulator has no card widget issuing TOK_).
      if (typeof pm.value !== 'string' || !/^TOKC_[A-Z0-9_]+$/i.test(pm.value))
        return invalid('payMethods.payMethod.value', 'must be a multi-use card token (TOKC_…)');
      if (recurring !== 'STANDARD')
        return invalid('recurring', 'a stored card charged without the buyer needs recurring STANDARD');
      if (!buyer) return missing('buyer');
      cardToken = pm.value;
    } else if (!pm || pm.type !== 'PBL' || (pm.value !== undefined && typeof pm.value !== 'string')) {
      return invalid('payMethods', 'the simulator supports {payMethod:{type:"PBL"|"CARD_TOKEN", value}}');
    }
    payMethodValue = pm.type === 'PBL' ? (pm.value as string | undefined) : undefined;
    if (payMethodValue !== undefined) {
      const refusal = payMethodRefusal(payMethodValue, currency, totalAmount, s);
      if (refusal) return invalid('payMethods.payMethod.value', refusal);
    }
  }

  if (recurring === 'STANDARD' && !cardToken) return missing('payMethods.payMethod');
  if (recurring === 'FIRST' && payMethodValue !== undefined && payMethodValue !== 'c')
    return invalid('recurring', 'FIRST is a card payment: PayU card form (c) or the method choice');

  return {
    ok: true,
    order: {
      notifyUrl: String(b.notifyUrl),
      continueUrl: present(b.continueUrl) ? String(b.continueUrl) : undefined,
      customerIp: ip,
      merchantPosId: s.posId,
      description: b.description,
      currencyCode: currency,
      totalAmount,
      extOrderId: present(b.extOrderId) ? String(b.extOrderId) : undefined,
      buyer,
      products,
      payMethodValue,
      recurring,
      cardToken,
    },
  };
}
