// Reading a sent invoice back: its status in the session (SessionInvoiceStatusResponse) and its
// UPO, by KSeF number or by the invoice's reference number.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requireToken } from './auth';
import { sendBytes, sendException, sendJson, wireTime } from './http';
import { findSession } from './sessions';
import type { SimContext, SimInvoice } from './state';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('base64');
const INVALID_INPUT = 'Błąd walidacji danych wejściowych.';

function wireInvoice(i: SimInvoice) {
  return {
    ordinalNumber: i.ordinalNumber,
    referenceNumber: i.referenceNumber,
    invoiceHash: i.invoiceHash,
    invoicingDate: wireTime(i.invoicingDate),
    ...(i.invoiceNumber ? { invoiceNumber: i.invoiceNumber } : {}),
    ...(i.ksefNumber
      ? {
          ksefNumber: i.ksefNumber,
          acquisitionDate: wireTime(i.acquisitionDate!),
          invoicingMode: i.invoicingMode,
        }
      : {}),
    status: i.status,
  };
}

function findInvoice(ctx: SimContext, req: IncomingMessage, res: ServerResponse, sessionRef: string) {
  const access = requireToken(ctx, req, res, 'access');
  return access ? findSession(ctx, req, res, sessionRef, access.nip) : null;
}

export function invoiceStatus(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  sessionRef: string,
  invoiceRef: string,
) {
  const session = findInvoice(ctx, req, res, sessionRef);
  if (!session) return;
  const invoice = session.invoices.find((i) => i.referenceNumber === invoiceRef);
  if (!invoice) {
    return sendException(req, res, 21405, INVALID_INPUT, [
      `Faktura o numerze referencyjnym ${invoiceRef} nie została odnaleziona.`,
    ]);
  }
  sendJson(res, 200, wireInvoice(invoice));
}

function sendUpo(res: ServerResponse, upo: Buffer) {
  sendBytes(res, 200, 'application/xml', upo, { 'x-ms-meta-hash': sha256(upo) });
}

export function upoByKsefNumber(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  sessionRef: string,
  ksefNumber: string,
) {
  const session = findInvoice(ctx, req, res, sessionRef);
  if (!session) return;
  const invoice = session.invoices.find((i) => i.ksefNumber === ksefNumber);
  if (!invoice?.upo) {
    return sendException(req, res, 21178, 'Nie znaleziono UPO dla podanych kryteriów.', [
      `UPO o numerze KSeF ${ksefNumber} i numerze referencyjnym sesji ${sessionRef} nie zostało znalezione.`,
    ]);
  }
  sendUpo(res, invoice.upo);
}

export function upoByReference(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  sessionRef: string,
  invoiceRef: string,
) {
  const session = findInvoice(ctx, req, res, sessionRef);
  if (!session) return;
  const invoice = session.invoices.find((i) => i.referenceNumber === invoiceRef);
  if (!invoice?.upo) {
    return sendException(req, res, 21178, 'Nie znaleziono UPO dla podanych kryteriów.', [
      `UPO faktury ${invoiceRef} w sesji ${sessionRef} nie zostało znalezione.`,
    ]);
  }
  sendUpo(res, invoice.upo);
}
