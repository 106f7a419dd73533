// Reads the multi-use card token (TOKC_…) PayU returns for a card payment, wherever the answer
// carries it: the `payMethods.payMethod` block of an order's create/retrieve answer (PayU's
// documented shape for card tokens) or the order's own `payMethod`. A single-use TOK_ is never kept.
import type { PayuPayMethods } from './types';

export type StoredCard = {
  /** The multi-use token, e.g. "TOKC_KPNZVSLJUNR4DHF5NPVKDPJGMX7". */
  token: string;
  /** What the payer sees of the card: "4444 33** **** 1111 (12/29)", or null if PayU sent no number. */
  label: string | null;
};

type PayMethodBlock = PayuPayMethods['payMethod'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isMultiUseToken = (v: unknown): v is string => typeof v === 'string' && /^TOKC_[A-Z0-9_]+$/i.test(v);

function label(card: PayMethodBlock['card']): string | null {
  const number = card?.number?.replace(/\s+/g, '');
  if (!number) return null;
  const grouped = number.replace(/(.{4})(?=.)/g, '$1 ');
  const month = card?.expirationMonth?.padStart(2, '0');
  const year = card?.expirationYear?.slice(-2);
  return month && year ? `${grouped} (${month}/${year})` : grouped;
}

function fromBlock(block: unknown): StoredCard | null {
  if (!isRecord(block) || block.type !== 'CARD_TOKEN' || !isMultiUseToken(block.value)) return null;
  return {
    token: block.value,
    label: label(isRecord(block.card) ? (block.card as PayMethodBlock['card']) : undefined),
  };
}

/** The stored card in a create or retrieve answer (or a notification body), or null. */
export function storedCardOf(body: unknown): StoredCard | null {
  if (!isRecord(body)) return null;
  const top = isRecord(body.payMethods) ? fromBlock(body.payMethods.payMethod) : null;
  if (top) return top;
  const order = Array.isArray(body.orders) ? body.orders[0] : body.order;
  return isRecord(order) ? fromBlock(order.payMethod) : null;
}
