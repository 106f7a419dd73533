// The hosted payment page, in the buyer's language (texts.ts). Plain HTML forms (works without
// JavaScript), every input labelled, errors announced with role="alert", text contrast ≥ 7:1.
import { escapeHtml as escape } from '../../../format/html';
import type { SimOrder } from './state';
import { textsFor, type SimTexts } from './texts';

/** Simulator codes for the fast-transfer banks (PayU's real PBL codes differ per POS). */
export const BANKS = [
  { code: 'm', name: 'mBank' },
  { code: 'p', name: 'PKO BP' },
  { code: 'ing', name: 'ING Bank Śląski' },
  { code: 'wbk', name: 'Santander' },
  { code: 'o', name: 'Pekao' },
] as const;

/**
 * Test cards. The first two are PayU's sandbox cards (12/29, CVV 123). PayU documents no
 * 3-D Secure card, so the third is the simulator's own: it asks for a 3-D Secure confirmation.
 */
export const TEST_CARDS = {
  success: '4444333322221111',
  declined: '5000105018126595',
  threeDs: '4012001037141112',
} as const;

export const formatAmount = (minor: number, currency: string, numberLocale = 'pl-PL') =>
  new Intl.NumberFormat(numberLocale, { style: 'currency', currency, minimumFractionDigits: 2 }).format(minor / 100);

const amountOf = (order: SimOrder, t: SimTexts) => formatAmount(order.totalAmount, order.currencyCode, t.numberLocale);

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f3f4f1}
main{max-width:32rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.sandbox{margin:0 0 1rem;padding:.5rem .75rem;background:#fff4d6;border:1px solid #8a6100;border-radius:8px;color:#3d2b00}
.summary{margin:1rem 0;padding:1rem;border:1px solid #c9ccc4;border-radius:8px}
.summary dt{font-weight:600}.summary dd{margin:0 0 .5rem}
.amount{font-size:1.5rem;font-weight:700}
label{display:block;font-weight:600;margin-bottom:.25rem}
.hint{color:#3f4340;font-size:.95rem;margin:.25rem 0 .5rem}
input{font:inherit;font-size:1.4rem;letter-spacing:.15em;width:100%;padding:.5rem .75rem;border:2px solid #50554f;border-radius:8px}
input[aria-invalid=true]{border-color:#a4161a}
button{font:inherit;min-height:44px;padding:.6rem 1rem;border-radius:8px;cursor:pointer}
.primary{background:#1d5c2e;color:#fff;border:2px solid #1d5c2e;font-weight:600;width:100%;margin-top:.75rem}
.bank{background:#fff;color:#1b1b1b;border:2px solid #50554f;width:100%;text-align:left}
.cancel{background:#fff;color:#a4161a;border:2px solid #a4161a;width:100%}
button:hover{filter:brightness(.92)}
:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
fieldset{border:0;padding:0;margin:0}
legend{font-weight:600;margin-bottom:.5rem}
ul.banks{list-style:none;padding:0;margin:0;display:grid;gap:.5rem}
.error{color:#a4161a;font-weight:600;margin:.5rem 0}
.result{font-size:1.1rem}
`;

function layout(t: SimTexts, title: string, body: string): string {
  return `<!doctype html>
<html lang="${t.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)} – ${escape(t.simulator)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="sandbox">${escape(t.sandbox)}</p>
${body}
</main>
</body>
</html>`;
}

function summary(order: SimOrder, t: SimTexts): string {
  return `<dl class="summary">
<dt>${escape(t.seller)}</dt><dd>${escape(order.description)}</dd>
<dt>${escape(t.amount)}</dt><dd class="amount">${escape(amountOf(order, t))}</dd>
<dt>${escape(t.orderNumber)}</dt><dd>${escape(order.extOrderId ?? order.orderId)}</dd>
</dl>`;
}

export type PayPageState = {
  error?: string;
  blikCode?: string;
  /** An error of the card form, shown beside it; the number typed is kept (never the CVV). */
  cardError?: string;
  cardNumber?: string;
  cardExpiry?: string;
};

function cardForm(order: SimOrder, t: SimTexts, action: string, state: PayPageState): string {
  const err = state.cardError ? `<p class="error" id="card-error" role="alert">${escape(state.cardError)}</p>` : '';
  const invalid = state.cardError ? ' aria-invalid="true"' : '';
  const described = (hint: string) => (state.cardError ? `${hint} card-error` : hint);
  return `<section aria-labelledby="card-h">
<h2 id="card-h">${escape(t.cardHeading)}</h2>
<form method="post" action="${action}">
<input type="hidden" name="method" value="card">
${err}
<label for="cardNumber">${escape(t.cardNumber)}</label>
<p class="hint" id="card-hint">${escape(t.cardHint(TEST_CARDS.success, TEST_CARDS.declined, TEST_CARDS.threeDs))}</p>
<input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" maxlength="23" required
 aria-describedby="${described('card-hint')}"${invalid} value="${escape(state.cardNumber ?? '')}">
<label for="cardExpiry">${escape(t.cardExpiry)}</label>
<input id="cardExpiry" name="cardExpiry" inputmode="numeric" autocomplete="cc-exp" maxlength="5" placeholder="${escape(t.cardExpiryPlaceholder)}" required${invalid}
 value="${escape(state.cardExpiry ?? '')}">
<label for="cardCvv">${escape(t.cardCvv)}</label>
<input id="cardCvv" name="cardCvv" inputmode="numeric" autocomplete="cc-csc" maxlength="4" required${invalid}>
<button type="submit" class="primary">${escape(t.payByCard(amountOf(order, t)))}</button>
</form>
</section>`;
}

/** The 3-D Secure step of the bank that issued the card: confirm or reject. */
export function threeDsPage(order: SimOrder): string {
  const action = `/pay/${encodeURIComponent(order.orderId)}`;
  const t = textsFor(order);
  return layout(
    t,
    '3-D Secure',
    `<h1>${escape(t.threeDsHeading)}</h1>
${summary(order, t)}
<p>${escape(t.threeDsIntro)}</p>
<form method="post" action="${action}">
<input type="hidden" name="method" value="3ds">
<button type="submit" class="primary" name="decision" value="confirm">${escape(t.threeDsConfirm)}</button>
<button type="submit" class="cancel" name="decision" value="reject">${escape(t.threeDsReject)}</button>
</form>`,
  );
}

export function payPage(order: SimOrder, state: PayPageState = {}): string {
  const action = `/pay/${encodeURIComponent(order.orderId)}`;
  const t = textsFor(order);
  const only = order.payMethodValue;
  // BLIK and the Polish banks take only złoty; in another currency the page offers the card alone.
  const pln = order.currencyCode === 'PLN';
  const showCard = !only || only === 'c';
  const showBlik = pln && (!only || only === 'blik' || (only !== 'c' && !BANKS.some((b) => b.code === only)));
  const banks = !pln
    ? []
    : only && only !== 'blik' && BANKS.some((b) => b.code === only)
      ? BANKS.filter((b) => b.code === only)
      : only === 'blik' || only === 'c'
        ? []
        : BANKS;
  const err = state.error ? `<p class="error" id="blik-error" role="alert">${escape(state.error)}</p>` : '';
  // Without a BLIK form the error still has to be seen, so it goes under the heading.
  const topError = !showBlik && state.error ? `<p class="error" role="alert">${escape(state.error)}</p>` : '';
  const describedBy = state.error ? 'blik-hint blik-error' : 'blik-hint';

  const blik = showBlik
    ? `<section aria-labelledby="blik-h">
<h2 id="blik-h">BLIK</h2>
<form method="post" action="${action}">
<input type="hidden" name="method" value="blik">
<label for="blikCode">${escape(t.blikCode)}</label>
<p class="hint" id="blik-hint">${escape(t.blikHint)}</p>
${err}
<input id="blikCode" name="blikCode" inputmode="numeric" autocomplete="one-time-code" maxlength="6" pattern="[0-9]{6}" required
 aria-describedby="${describedBy}"${state.error ? ' aria-invalid="true"' : ''} value="${escape(state.blikCode ?? '')}">
<button type="submit" class="primary">${escape(t.pay(amountOf(order, t)))}</button>
</form>
</section>`
    : '';

  const transfer = banks.length
    ? `<section aria-labelledby="bank-h">
<h2 id="bank-h">${escape(t.transferHeading)}</h2>
<form method="post" action="${action}">
<input type="hidden" name="method" value="bank">
<fieldset><legend>${escape(t.chooseBank)}</legend>
<ul class="banks">
${banks.map((b) => `<li><button type="submit" class="bank" name="bank" value="${escape(b.code)}">${escape(b.name)}</button></li>`).join('\n')}
</ul>
</fieldset>
</form>
</section>`
    : '';

  return layout(
    t,
    t.payTitle,
    `<h1>${escape(t.payHeading)}</h1>
${topError}
${summary(order, t)}
${blik}
${transfer}
${showCard ? cardForm(order, t, action, state) : ''}
<section aria-labelledby="cancel-h">
<h2 id="cancel-h">${escape(t.cancelHeading)}</h2>
<form method="post" action="${action}">
<input type="hidden" name="method" value="cancel">
<button type="submit" class="cancel">${escape(t.cancel)}</button>
</form>
</section>`,
  );
}

/** Shown for a finished order, and after payment when the order has no continueUrl. */
export function resultPage(order: SimOrder, continueHref: string | undefined): string {
  const ok = order.status === 'COMPLETED';
  const t = textsFor(order);
  const back = continueHref ? `<p><a href="${escape(continueHref)}">${escape(t.backToShop)}</a></p>` : '';
  return layout(
    t,
    ok ? t.done : t.failed,
    `<h1>${escape(ok ? t.done : t.failed)}</h1>
${summary(order, t)}
<p class="result" role="status">${escape(order.outcome ?? (ok ? t.doneNote : t.failedNote))}</p>
${back}`,
  );
}

export function notFoundPage(): string {
  const t = textsFor(undefined);
  return layout(t, t.notFoundTitle, `<h1>${escape(t.notFoundHeading)}</h1><p>${escape(t.notFoundNote)}</p>`);
}
