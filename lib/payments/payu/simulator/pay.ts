// The buyer's side: GET shows the payment page (and marks the order PENDING, as PayU does once
// the buyer arrives), POST handles a BLIK code, a bank choice, a card (with a 3-D Secure step for
// the simulator's 3-D Secure test card) or "Odrzuć płatność", then sends the browser back to
// continueUrl (with ?error=501 when the payment failed, as PayU does).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, redirect, sendHtml } from './http';
import { BANKS, TEST_CARDS, notFoundPage, payPage, resultPage, threeDsPage } from './pay-page';
import { isFinal, newCardToken, type SimContext, type SimOrder } from './state';
import { cancelPayment, completePayment, startPayment } from './transitions';

/** PayU sandbox BLIK codes that fail, with what the buyer sees. 777xxx succeeds. */
export const BLIK_FAILURES: Record<string, string> = {
  '500500': 'Płatność BLIK została odrzucona przez bank.',
  '700701': 'Kod BLIK wygasł.',
  '700702': 'Płatność BLIK została anulowana w aplikacji banku.',
  '700703': 'Ten kod BLIK został już użyty.',
};

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
  // BLIK and Polish banks take only złoty, whatever a hand-made form posts.
  if ((method === 'blik' || method === 'bank') && order.currencyCode !== 'PLN')
    return sendHtml(
      res,
      400,
      payPage(order, { error: `Ta metoda płatności nie obsługuje waluty ${order.currencyCode}.` }),
    );
  if (method === 'card') return payByCard(ctx, res, order, form);
  if (method === '3ds' && order.threeDs) {
    order.threeDs = false;
    if (form.get('decision') === 'confirm') completeCardPayment(ctx, order);
    else cancelPayment(ctx, order, 'Płatność kartą nie została potwierdzona (3-D Secure).');
    return finish(res, order);
  }
  if (method === 'blik') {
    const code = (form.get('blikCode') ?? '').replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code))
      return sendHtml(res, 422, payPage(order, { error: 'Kod BLIK musi składać się z 6 cyfr.', blikCode: code }));
    const success = /^777\d{3}$/.test(code);
    // A mistyped code changes nothing: the buyer just tries again.
    if (!success && !BLIK_FAILURES[code])
      return sendHtml(res, 422, payPage(order, { error: 'Nieprawidłowy kod BLIK.', blikCode: code }));
    startPayment(ctx, order);
    if (success) completePayment(ctx, order);
    else cancelPayment(ctx, order, BLIK_FAILURES[code]);
    return finish(res, order);
  }
  if (method === 'bank' && BANKS.some((b) => b.code === form.get('bank'))) {
    completePayment(ctx, order);
    return finish(res, order);
  }
  if (method === 'cancel') {
    startPayment(ctx, order);
    cancelPayment(ctx, order, 'Płatność została odrzucona przez kupującego.');
    return finish(res, order);
  }
  sendHtml(res, 400, payPage(order, { error: 'Wybierz metodę płatności.' }));
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
  const again = (cardError: string) => sendHtml(res, 422, payPage(order, { cardError, cardNumber, cardExpiry }));
  if (!/^\d{12,19}$/.test(cardNumber) || !luhn(cardNumber)) return again('Nieprawidłowy numer karty.');
  const exp = /^(\d{2})\/(\d{2})$/.exec(cardExpiry);
  if (!exp || Number(exp[1]) < 1 || Number(exp[1]) > 12) return again('Podaj datę ważności w formacie MM/RR.');
  const now = new Date();
  const expEnd = new Date(Date.UTC(2000 + Number(exp[2]), Number(exp[1]), 1));
  if (expEnd <= now) return again('Karta straciła ważność.');
  if (!/^\d{3,4}$/.test(form.get('cardCvv') ?? '')) return again('Podaj 3-cyfrowy kod CVV z odwrotu karty.');
  const known = Object.values(TEST_CARDS) as string[];
  if (!known.includes(cardNumber)) return again('W środowisku testowym użyj jednej z kart testowych.');

  startPayment(ctx, order);
  order.paidWith = 'CARD_TOKEN';
  if (cardNumber === TEST_CARDS.threeDs) {
    order.threeDs = true;
    return sendHtml(res, 200, threeDsPage(order));
  }
  order.card = {
    number: `${cardNumber.slice(0, 6)}${'*'.repeat(cardNumber.length - 10)}${cardNumber.slice(-4)}`,
    expirationMonth: exp[1],
    expirationYear: `20${exp[2]}`,
  };
  if (cardNumber === TEST_CARDS.success) completeCardPayment(ctx, order);
  else cancelPayment(ctx, order, 'Bank odrzucił płatność kartą.');
  finish(res, order);
}

/** A card payment that succeeded; with recurring FIRST the card is saved as a multi-use token. */
function completeCardPayment(ctx: SimContext, order: SimOrder): void {
  if (order.recurring === 'FIRST') order.cardToken ??= newCardToken();
  completePayment(ctx, order);
}
