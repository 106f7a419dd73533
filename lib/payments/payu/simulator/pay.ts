// The buyer's side: GET shows the payment page (and marks the order PENDING, as PayU does once
// the buyer arrives), POST handles a BLIK code, a bank choice, a card (with a 3-D Secure step for
// the simulator's 3-D Secure test card) or "Odrzuć płatność", then sends the browser back to
// continueUrl (with ?error=501 when the payment failed, as PayU does).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, redirect, sendHtml } from './http';
import { BANKS, TEST_CARDS, notFoundPage, payPage, resultPage, threeDsPage } from './pay-page';
import { saveCard } from './cards';
import { isFinal, type SimContext, type SimOrder } from './state';
import { cancelPayment, completePayment, startPayment } from './transitions';
import { textsFor } from './texts';

/** PayU sandbox BLIK codes that fail, with what the buyer sees (in Polish; texts.ts has every language). 777xxx succeeds. */
export const BLIK_FAILURES: Record<string, string> = textsFor(undefined).blikFailures;

function continueHref(order: SimOrder): string | undefined {
  if (!order.continueUrl) return undefined;
  if (order.status !== 'CANCELED') return order.continueUrl;
  const url = new URL(order.continueUrl);
  url.searchParams.set('error', '501');
  return url.toString();
}

function finish(res: ServerResponse, order: SimOrder): void {
  const href = continueHref(order);
  if (href) return redirect(res, href);
  sendHtml(res, 200, resultPage(order, undefined));
}

export function showPayPage(ctx: SimContext, _req: IncomingMessage, res: ServerResponse, orderId: string): void {
  const order = ctx.orders.get(orderId);
  if (!order) return sendHtml(res, 404, notFoundPage());
  if (isFinal(order.status)) return sendHtml(res, 200, resultPage(order, continueHref(order)));
  startPayment(ctx, order);
  sendHtml(res, 200, payPage(order));
}

export async function submitPayment(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  orderId: string,
): Promise<void> {
  const form = new URLSearchParams(await readBody(req));
  const order = ctx.orders.get(orderId);
  if (!order) return sendHtml(res, 404, notFoundPage());
  if (isFinal(order.status)) return finish(res, order);

  const method = form.get('method');
  const t = textsFor(order);
  // BLIK and Polish banks take only złoty, whatever a hand-made form posts.
  if ((method === 'blik' || method === 'bank') && order.currencyCode !== 'PLN')
    return sendHtml(res, 400, payPage(order, { error: t.currencyRefused(order.currencyCode) }));
  if (method === 'card') return payByCard(ctx, res, order, form);
  if (method === '3ds' && order.threeDs) {
    order.threeDs = false;
    if (form.get('decision') === 'confirm') completeCardPayment(ctx, order);
    else cancelPayment(ctx, order, t.threeDsRefused);
    return finish(res, order);
  }
  if (method === 'blik') {
    const code = (form.get('blikCode') ?? '').replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code)) return sendHtml(res, 422, payPage(order, { error: t.blikFormat, blikCode: code }));
    const success = /^777\d{3}$/.test(code);
    // A mistyped code changes nothing: the buyer just tries again.
    if (!success && !t.blikFailures[code])
      return sendHtml(res, 422, payPage(order, { error: t.blikWrong, blikCode: code }));
    startPayment(ctx, order);
    if (success) completePayment(ctx, order);
    else cancelPayment(ctx, order, t.blikFailures[code]);
    return finish(res, order);
  }
  if (method === 'bank' && BANKS.some((b) => b.code === form.get('bank'))) {
    completePayment(ctx, order);
    return finish(res, order);
  }
  if (method === 'cancel') {
    startPayment(ctx, order);
    cancelPayment(ctx, order, t.cancelled);
    return finish(res, order);
  }
  sendHtml(res, 400, payPage(order, { error: t.chooseMethod }));
}

const luhn = (digits: string) =>
  [...digits].reverse().reduce((sum, c, i) => {
    const d = Number(c) * (i % 2 ? 2 : 1);
    return sum + (d > 9 ? d - 9 : d);
  }, 0) %
    10 ===
  0;

/** The card form: a malformed or unknown card changes nothing (the buyer corrects it), a test card decides. */
function payByCard(ctx: SimContext, res: ServerResponse, order: SimOrder, form: URLSearchParams): void {
  const cardNumber = (form.get('cardNumber') ?? '').replace(/[\s-]+/g, '');
  const cardExpiry = (form.get('cardExpiry') ?? '').trim();
  const t = textsFor(order);
  const again = (cardError: string) => sendHtml(res, 422, payPage(order, { cardError, cardNumber, cardExpiry }));
  if (!/^\d{12,19}$/.test(cardNumber) || !luhn(cardNumber)) return again(t.cardWrong);
  const exp = /^(\d{2})\/(\d{2})$/.exec(cardExpiry);
  if (!exp || Number(exp[1]) < 1 || Number(exp[1]) > 12) return again(t.cardExpiryFormat);
  const now = new Date();
  const expEnd = new Date(Date.UTC(2000 + Number(exp[2]), Number(exp[1]), 1));
  if (expEnd <= now) return again(t.cardExpired);
  if (!/^\d{3,4}$/.test(form.get('cardCvv') ?? '')) return again(t.cvvFormat);
  const known = Object.values(TEST_CARDS) as string[];
  if (!known.includes(cardNumber)) return again(t.testCardsOnly);

  startPayment(ctx, order);
  order.paidWith = 'CARD_TOKEN';
  order.card = {
    number: `${cardNumber.slice(0, 6)}${'*'.repeat(cardNumber.length - 10)}${cardNumber.slice(-4)}`,
    expirationMonth: exp[1],
    expirationYear: `20${exp[2]}`,
  };
  if (cardNumber === TEST_CARDS.threeDs) {
    order.threeDs = true;
    return sendHtml(res, 200, threeDsPage(order));
  }
  if (cardNumber === TEST_CARDS.success) completeCardPayment(ctx, order);
  else cancelPayment(ctx, order, t.cardDeclined);
  finish(res, order);
}

/** A card payment that succeeded; with recurring FIRST the card is saved for the buyer (cards.ts). */
function completeCardPayment(ctx: SimContext, order: SimOrder): void {
  saveCard(ctx, order);
  completePayment(ctx, order);
}
