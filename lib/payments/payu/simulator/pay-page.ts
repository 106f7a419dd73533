// The hosted payment page, in Polish. Plain HTML forms (works without JavaScript), every input
// labelled, errors announced with role="alert", text contrast ≥ 7:1.
import { escapeHtml as escape } from '../../../format/html';
import type { SimOrder } from './state';

/** Simulator codes for the fast-transfer banks (PayU's real PBL codes differ per POS). */
export const BANKS = [
  { code: 'm', name: 'mBank' },
  { code: 'p', name: 'PKO BP' },
  { code: 'ing', name: 'ING Bank Śląski' },
  { code: 'wbk', name: 'Santander' },
  { code: 'o', name: 'Pekao' },
] as const;

export const formatAmount = (minor: number, currency: string) =>
  new Intl.NumberFormat('pl-PL', { style: 'currency', currency, minimumFractionDigits: 2 }).format(minor / 100);

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
input{font:inherit;font-size:1.4rem;letter-spacing:.3em;width:100%;padding:.5rem .75rem;border:2px solid #50554f;border-radius:8px}
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

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)} – PayU (symulator)</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="sandbox">Środowisko testowe: symulator PayU. Żadne pieniądze nie są pobierane.</p>
${body}
</main>
</body>
</html>`;
}

function summary(order: SimOrder): string {
  return `<dl class="summary">
<dt>Sprzedawca / opis</dt><dd>${escape(order.description)}</dd>
<dt>Kwota do zapłaty</dt><dd class="amount">${escape(formatAmount(order.totalAmount, order.currencyCode))}</dd>
<dt>Numer zamówienia</dt><dd>${escape(order.extOrderId ?? order.orderId)}</dd>
</dl>`;
}

export type PayPageState = { error?: string; blikCode?: string };

export function payPage(order: SimOrder, state: PayPageState = {}): string {
  const action = `/pay/${encodeURIComponent(order.orderId)}`;
  const only = order.payMethodValue;
  const showBlik = !only || only === 'blik' || !BANKS.some((b) => b.code === only);
  const banks =
    only && only !== 'blik' && BANKS.some((b) => b.code === only)
      ? BANKS.filter((b) => b.code === only)
      : only === 'blik'
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
<label for="blikCode">Kod BLIK</label>
<p class="hint" id="blik-hint">Wpisz 6-cyfrowy kod z aplikacji swojego banku.</p>
${err}
<input id="blikCode" name="blikCode" inputmode="numeric" autocomplete="one-time-code" maxlength="6" pattern="[0-9]{6}" required
 aria-describedby="${describedBy}"${state.error ? ' aria-invalid="true"' : ''} value="${escape(state.blikCode ?? '')}">
<button type="submit" class="primary">Zapłać ${escape(formatAmount(order.totalAmount, order.currencyCode))}</button>
</form>
</section>`
    : '';

  const transfer = banks.length
    ? `<section aria-labelledby="bank-h">
<h2 id="bank-h">Szybki przelew</h2>
<form method="post" action="${action}">
<input type="hidden" name="method" value="bank">
<fieldset><legend>Wybierz swój bank</legend>
<ul class="banks">
${banks.map((b) => `<li><button type="submit" class="bank" name="bank" value="${escape(b.code)}">${escape(b.name)}</button></li>`).join('\n')}
</ul>
</fieldset>
</form>
</section>`
    : '';

  return layout(
    'Płatność',
    `<h1>Zapłać za zamówienie</h1>
${topError}
${summary(order)}
${blik}
${transfer}
<section aria-labelledby="cancel-h">
<h2 id="cancel-h">Rezygnacja</h2>
<form method="post" action="${action}">
<input type="hidden" name="method" value="cancel">
<button type="submit" class="cancel">Odrzuć płatność</button>
</form>
</section>`,
  );
}

/** Shown for a finished order, and after payment when the order has no continueUrl. */
export function resultPage(order: SimOrder, continueHref: string | undefined): string {
  const ok = order.status === 'COMPLETED';
  const back = continueHref ? `<p><a href="${escape(continueHref)}">Wróć do sklepu</a></p>` : '';
  return layout(
    ok ? 'Płatność zakończona' : 'Płatność nieudana',
    `<h1>${ok ? 'Płatność zakończona' : 'Płatność nieudana'}</h1>
${summary(order)}
<p class="result" role="status">${escape(order.outcome ?? (ok ? 'Płatność zakończona powodzeniem.' : 'Płatność została anulowana.'))}</p>
${back}`,
  );
}

export function notFoundPage(): string {
  return layout(
    'Nie znaleziono',
    '<h1>Nie znaleziono zamówienia</h1><p>Link do płatności jest nieprawidłowy lub wygasł.</p>',
  );
}
