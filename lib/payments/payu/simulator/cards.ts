// The cards the simulator's customers saved: a COMPLETED card order with recurring FIRST and a
// buyer.extCustomerId keeps its card as a TOKC_ token for that customer (the same card paid again
// keeps its token), listed by GET /api/v2_1/paymethods under the customer's trusted_merchant token.
// A buyer whose e-mail contains "decline" gets a token containing DECLINE, which the "bank" refuses
// when it is charged later (orders.ts): how tests make a stored card fail.
import type { PayuCardTokenWire } from '../types';
import { newCardToken, type SimCard, type SimContext, type SimOrder } from './state';

function brandOf(masked: string): { cardBrand: string; cardScheme: string } {
  if (masked.startsWith('4')) return { cardBrand: 'VISA', cardScheme: 'VS' };
  if (/^(5[1-5]|2[2-7])/.test(masked)) return { cardBrand: 'MASTERCARD', cardScheme: 'MC' };
  if (masked.startsWith('5')) return { cardBrand: 'MAESTRO', cardScheme: 'MC' };
  return { cardBrand: 'CARD', cardScheme: 'OT' };
}

/** After a FIRST card payment completed: the order's card saved (or found again) for its buyer, preferred. */
export function saveCard(ctx: SimContext, order: SimOrder): void {
  const extCustomerId = order.buyer?.extCustomerId;
  if (order.recurring !== 'FIRST' || !extCustomerId || !order.buyer || !order.card) return;
  const cards = ctx.cards.get(extCustomerId) ?? [];
  const month = Number(order.card.expirationMonth);
  const year = Number(order.card.expirationYear);
  let card = cards.find(
    (c) =>
      c.status === 'ACTIVE' &&
      c.cardNumberMasked === order.card!.number &&
      c.cardExpirationMonth === month &&
      c.cardExpirationYear === year,
  );
  if (!card) {
    card = {
      value: newCardToken(/decline/i.test(order.buyer.email) ? 'DECLINE' : ''),
      email: order.buyer.email,
      cardNumberMasked: order.card.number,
      cardExpirationMonth: month,
      cardExpirationYear: year,
      ...brandOf(order.card.number),
      preferred: false,
      status: 'ACTIVE',
    };
    cards.push(card);
    ctx.log(`card ${card.value} saved for customer ${extCustomerId}`);
  }
  for (const c of cards) c.preferred = c === card;
  ctx.cards.set(extCustomerId, cards);
  order.cardToken = card.value;
}

/** A known ACTIVE token of this customer, or undefined. */
export function findCard(ctx: SimContext, extCustomerId: string | undefined, token: string): SimCard | undefined {
  if (!extCustomerId) return undefined;
  return ctx.cards.get(extCustomerId)?.find((c) => c.value === token && c.status === 'ACTIVE');
}

const expired = (c: SimCard, now: Date) =>
  c.cardExpirationYear < now.getUTCFullYear() ||
  (c.cardExpirationYear === now.getUTCFullYear() && c.cardExpirationMonth < now.getUTCMonth() + 1);

/** The customer's cards in PayU's `cardTokens` shape; a card past its expiry month is EXPIRED. */
export function cardTokensOf(ctx: SimContext, extCustomerId: string): PayuCardTokenWire[] {
  const now = new Date();
  return (ctx.cards.get(extCustomerId) ?? []).map((c) => ({
    value: c.value,
    brandImageUrl: `https://static.payu.com/images/mobile/${c.cardBrand.toLowerCase()}.png`,
    preferred: c.preferred,
    status: expired(c, now) ? 'EXPIRED' : c.status,
    cardExpirationYear: c.cardExpirationYear,
    cardExpirationMonth: c.cardExpirationMonth,
    cardNumberMasked: c.cardNumberMasked,
    cardBrand: c.cardBrand,
    cardScheme: c.cardScheme,
  }));
}
