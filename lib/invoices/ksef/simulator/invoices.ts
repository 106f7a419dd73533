// Sending an invoice in an online session: the request itself is checked at once (the session's
// state, declared sizes and hashes of the encrypted bytes, technical corrections → 400), then the
// invoice is 100 "accepted for processing" and processing.ts decides it asynchronously.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requireToken } from './auth';
import { readJson, sendException, sendJson } from './http';
import { processInvoice } from './processing';
import { findSession } from './sessions';
import { newReference, type SimContext, type SimInvoice } from './state';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('base64');
const SESSION_INVOICE_LIMIT = 10_000;
const MAX_INVOICE_BYTES = 1_000_000;
const INVALID_INPUT = 'Błąd walidacji danych wejściowych.';

const isHash = (v: unknown): v is string => typeof v === 'string' && v.length === 44;
const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;

export async function sendInvoice(ctx: SimContext, req: IncomingMessage, res: ServerResponse, sessionRef: string) {
  const access = requireToken(ctx, req, res, 'access');
  if (!access) return;
  const session = findSession(ctx, req, res, sessionRef, access.nip);
  if (!session) return;
  if (session.status.code !== 100) {
    return sendException(req, res, 21180, 'Status sesji nie pozwala na wykonanie operacji.', [
      `Status sesji ${session.status.code} uniemożliwia wysyłkę faktur.`,
    ]);
  }
  if (session.invoices.length >= SESSION_INVOICE_LIMIT) {
    return sendException(req, res, 21155, 'Przekroczono dozwoloną liczbę faktur w sesji.', [
      `Sesja o numerze referencyjnym ${sessionRef} osiągnęła dozwolony limit liczby faktur ${SESSION_INVOICE_LIMIT}.`,
    ]);
  }
  const b = await readJson(req);
  if (
    !b ||
    !isHash(b.invoiceHash) ||
    !isSize(b.invoiceSize) ||
    !isHash(b.encryptedInvoiceHash) ||
    !isSize(b.encryptedInvoiceSize) ||
    typeof b.encryptedInvoiceContent !== 'string' ||
    (b.offlineMode !== undefined && typeof b.offlineMode !== 'boolean') ||
    (b.hashOfCorrectedInvoice != null && !isHash(b.hashOfCorrectedInvoice))
  ) {
    return sendException(req, res, 21405, INVALID_INPUT, [
      'Wymagane pola: invoiceHash, invoiceSize, encryptedInvoiceHash, encryptedInvoiceSize, encryptedInvoiceContent.',
    ]);
  }
  if (b.invoiceSize > MAX_INVOICE_BYTES) {
    return sendException(req, res, 21405, INVALID_INPUT, [`Rozmiar faktury przekracza ${MAX_INVOICE_BYTES} bajtów.`]);
  }
  const encrypted = Buffer.from(b.encryptedInvoiceContent, 'base64');
  if (encrypted.length !== b.encryptedInvoiceSize) {
    return sendException(req, res, 21402, 'Nieprawidłowy rozmiar pliku.', [
      'Długość treści nie zgadza się z rozmiarem pliku.',
    ]);
  }
  if (sha256(encrypted) !== b.encryptedInvoiceHash) {
    return sendException(req, res, 21403, 'Nieprawidłowy skrót pliku.', [
      'Skrót treści nie zgadza się ze skrótem pliku.',
    ]);
  }
  const corrected =
    typeof b.hashOfCorrectedInvoice === 'string' ? ctx.acceptedByHash.get(b.hashOfCorrectedInvoice) : undefined;
  if (corrected) {
    return sendException(req, res, 21167, 'Status faktury nie pozwala na korektę techniczną.', [
      'Nie można wysłać korekty technicznej do prawidłowo przetworzonej faktury.',
    ]);
  }
  if (typeof b.hashOfCorrectedInvoice === 'string' && ctx.corrected.has(b.hashOfCorrectedInvoice)) {
    return sendException(req, res, 21166, 'Korekta techniczna niedostępna.', [
      'Faktura posiada już przetworzoną prawidłowo korektę techniczną.',
    ]);
  }
  const now = ctx.now();
  const invoice: SimInvoice = {
    ordinalNumber: session.invoices.length + 1,
    referenceNumber: newReference('EE', now),
    sessionReference: session.referenceNumber,
    invoiceHash: b.invoiceHash,
    invoiceSize: b.invoiceSize,
    encrypted,
    offlineMode: b.offlineMode === true,
    ...(typeof b.hashOfCorrectedInvoice === 'string' ? { hashOfCorrectedInvoice: b.hashOfCorrectedInvoice } : {}),
    invoicingDate: now,
    status: { code: 100, description: 'Faktura przyjęta do dalszego przetwarzania' },
  };
  session.invoices.push(invoice);
  session.dateUpdated = now;
  ctx.invoices.set(invoice.referenceNumber, invoice);
  ctx.timers.defer(ctx.settings.processingDelayMs, () => {
    invoice.status = { code: 150, description: 'Trwa przetwarzanie' };
    const work: Promise<void> = processInvoice(ctx, session, invoice)
      .catch((e: unknown) => {
        ctx.log(`processing ${invoice.referenceNumber} failed: ${e instanceof Error ? e.stack : String(e)}`);
        invoice.status = { code: 500, description: 'Nieznany błąd (500)' };
      })
      .finally(() => ctx.pending.delete(work));
    ctx.pending.add(work);
  });
  sendJson(res, 202, { referenceNumber: invoice.referenceNumber });
}
