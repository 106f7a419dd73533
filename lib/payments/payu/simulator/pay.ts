// The buyer's side: GET shows the payment page (and marks the order PENDING, as PayU does once
// the buyer arrives), POST handles a BLIK code, a bank choice or "Odrzuć płatność", then sends the
// browser back to continueUrl (with ?error=501 when the payment failed, as PayU does).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, redirect, sendHtml } from './http';
import { BANKS, notFoundPage, payPage, resultPage } from './pay-page';
import { isFinal, type SimContext, type SimOrder } from './state';
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
