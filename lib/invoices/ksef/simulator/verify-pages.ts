// The public pages QR codes lead to (kody-qr.md): KOD I — is this invoice (seller, issue date,
// SHA-256 of its file) in KSeF, and under which number; KOD II — is the offline certificate known
// and does the link's signature verify with its public key. So a locally printed QR code leads
// somewhere real.
import { constants, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendHtml } from './http';
import type { SimContext, SimInvoice } from './state';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type Row = [label: string, value: string];

function page(title: string, ok: boolean, verdict: string, rows: Row[]): string {
  const cells = rows.map(([k, v]) => `<tr><th scope="row">${escape(k)}</th><td>${escape(v)}</td></tr>`).join('');
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)} — symulator KSeF</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.v{padding:1rem;border-radius:.5rem;border:2px solid ${ok ? '#1b7a3a' : '#b3261e'};background:${ok ? '#e8f5ec' : '#fdecea'}}
table{border-collapse:collapse;margin-top:1rem;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}td{overflow-wrap:anywhere}
th{width:40%;font-weight:600}small{color:#555}</style></head><body>
<h1>${escape(title)}</h1><p class="v" role="status">${escape(verdict)}</p><table>${cells}</table>
<p><small>Lokalny symulator KSeF (środowisko deweloperskie Planety) — nie jest to system Ministerstwa Finansów.</small></p>
</body></html>`;
}

const base64OfUrl = (s: string) => Buffer.from(s, 'base64url').toString('base64');
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('-');

function invoiceRows(i: SimInvoice): Row[] {
  return [
    ['Numer KSeF', i.ksefNumber ?? ''],
    ['Numer faktury', i.invoiceNumber ?? ''],
    ['NIP sprzedawcy', i.sellerNip ?? ''],
    ['Data wystawienia', i.issueDate ? ddmmyyyy(i.issueDate) : ''],
    ['Tryb wysyłki', i.invoicingMode ?? ''],
  ];
}

/** GET /invoice/{nip}/{DD-MM-YYYY}/{sha256 base64url} */
export function invoicePage(
  ctx: SimContext,
  _req: IncomingMessage,
  res: ServerResponse,
  nip: string,
  date: string,
  hash: string,
) {
  const title = 'Weryfikacja faktury w KSeF';
  const rows: Row[] = [
    ['NIP sprzedawcy', nip],
    ['Data wystawienia', date],
    ['Skrót pliku faktury (SHA-256)', hash],
  ];
  const invoice = ctx.acceptedByHash.get(base64OfUrl(hash));
  if (!invoice || invoice.sellerNip !== nip || ddmmyyyy(invoice.issueDate ?? '') !== date) {
    return sendHtml(
      res,
      404,
      page(
        title,
        false,
        'Nie znaleziono faktury o tych danych w KSeF (faktura offline mogła jeszcze nie zostać przesłana).',
        rows,
      ),
    );
  }
  sendHtml(res, 200, page(title, true, `Faktura jest w KSeF pod numerem ${invoice.ksefNumber}.`, invoiceRows(invoice)));
}

function signatureValid(key: KeyObject, data: Buffer, signature: Buffer): boolean {
  try {
    if (key.asymmetricKeyType === 'ec') {
      return (
        verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature) ||
        verify('sha256', data, { key, dsaEncoding: 'der' }, signature)
      );
    }
    return verify('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature);
  } catch {
    return false;
  }
}

/** GET /certificate/{contextType}/{contextValue}/{sellerNip}/{serial}/{sha256 base64url}/{signature base64url} */
export function certificatePage(ctx: SimContext, req: IncomingMessage, res: ServerResponse, path: string) {
  const title = 'Weryfikacja certyfikatu wystawcy (KOD II)';
  const parts = path.split('/').filter(Boolean);
  if (parts.length !== 7) return sendHtml(res, 404, page(title, false, 'Nieprawidłowy link weryfikacyjny.', []));
  const [, type, contextValue, sellerNip, serial, hash, signature] = parts.map(decodeURIComponent);
  const rows: Row[] = [
    ['Kontekst', `${type} ${contextValue}`],
    ['NIP sprzedawcy', sellerNip],
    ['Numer seryjny certyfikatu', serial],
    ['Skrót pliku faktury (SHA-256)', hash],
  ];
  const fail = (why: string) => sendHtml(res, 400, page(title, false, why, rows));
  const key = ctx.offlineCertificates.get(serial.toUpperCase());
  if (!key) return fail('Certyfikat o tym numerze seryjnym nie istnieje w rejestrze certyfikatów KSeF.');
  // The signed text is the link without "https://" and without the signature (kody-qr.md).
  const signedPath = `/certificate/${type}/${contextValue}/${sellerNip}/${serial}/${hash}`;
  const hosts = new Set([new URL(ctx.publicUrl).host, String(req.headers.host ?? '')]);
  const sig = Buffer.from(signature, 'base64url');
  if (![...hosts].some((h) => signatureValid(key, Buffer.from(`${h}${signedPath}`), sig))) {
    return fail('Podpis linku jest nieprawidłowy: nie został złożony kluczem tego certyfikatu albo link zmieniono.');
  }
  if (type !== 'Nip' || contextValue !== ctx.settings.nip)
    return fail(`Wystawca nie ma uprawnień w kontekście ${type} ${contextValue}.`);
  if (sellerNip !== contextValue)
    return fail(`Kontekst ${contextValue} nie może wystawiać faktur sprzedawcy o NIP ${sellerNip}.`);
  const invoice = ctx.acceptedByHash.get(base64OfUrl(hash));
  const extra: Row[] = invoice
    ? invoiceRows(invoice).filter(([label]) => label !== 'NIP sprzedawcy')
    : [['Faktura w KSeF', 'jeszcze nie przesłana']];
  sendHtml(
    res,
    200,
    page(title, true, 'Certyfikat wystawcy jest ważny, a podpis linku poprawny.', [...rows, ...extra]),
  );
}
