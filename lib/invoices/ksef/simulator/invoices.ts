// Sending an invoice in an online session and what KSeF does with it: the declared sizes and
// hashes are checked at once (400), the rest asynchronously (status 100/150, then 200 with a KSeF
// number or a 4xx rejection): decryption, the XML checks, duplicates, the offline mode.
import { createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { warsawDateKey } from '@/lib/format/time';
import { makeKsefNumber } from '../number';
import { requireToken } from './auth';
import { checkInvoice } from './checks';
import { readJson, sendBytes, sendException, sendJson, wireTime } from './http';
import { findSession } from './sessions';
import { newReference, type SimContext, type SimInvoice, type SimSession, type Status } from './state';
import { buildUpo } from './upo';

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
    const work: Promise<void> = process(ctx, session, invoice)
      .catch((e: unknown) => {
        ctx.log(`processing ${invoice.referenceNumber} failed: ${e instanceof Error ? e.stack : String(e)}`);
        invoice.status = { code: 500, description: 'Nieznany błąd (500)' };
      })
      .finally(() => ctx.pending.delete(work));
    ctx.pending.add(work);
  });
  sendJson(res, 202, { referenceNumber: invoice.referenceNumber });
}

function decrypt(session: SimSession, encrypted: Buffer): Buffer | null {
  try {
    const d = createDecipheriv('aes-256-cbc', session.key, session.iv);
    return Buffer.concat([d.update(encrypted), d.final()]);
  } catch {
    return null;
  }
}

const reject = (invoice: SimInvoice, status: Status) => void (invoice.status = status);

async function process(ctx: SimContext, session: SimSession, invoice: SimInvoice) {
  const plain = decrypt(session, invoice.encrypted);
  if (!plain) return reject(invoice, { code: 435, description: 'Błąd odszyfrowania pliku' });
  if (plain.length !== invoice.invoiceSize || sha256(plain) !== invoice.invoiceHash) {
    return reject(invoice, {
      code: 430,
      description: 'Błąd weryfikacji pliku faktury',
      details: ['Skrót lub rozmiar odszyfrowanej faktury nie zgadza się z zadeklarowanym.'],
    });
  }
  const checked = await checkInvoice(plain, session.nip, invoice.invoicingDate);
  if (!checked.ok) return reject(invoice, checked.status);
  const { facts } = checked;
  Object.assign(invoice, {
    sellerNip: facts.sellerNip,
    invoiceNumber: facts.invoiceNumber,
    issueDate: facts.issueDate,
  });
  const original =
    ctx.acceptedByIdentity.get(`${facts.sellerNip}|${facts.kind}|${facts.invoiceNumber}`) ??
    ctx.acceptedByHash.get(invoice.invoiceHash);
  if (original) {
    return reject(invoice, {
      code: 440,
      description: 'Duplikat faktury',
      details: [
        `Duplikat faktury. Faktura o numerze KSeF: ${original.ksefNumber} została już prawidłowo przesłana do systemu w sesji: ${original.sessionReference}`,
      ],
      extensions: {
        originalSessionReferenceNumber: original.sessionReference,
        originalKsefNumber: original.ksefNumber!,
      },
    });
  }
  if (ctx.rejectNext > 0) {
    ctx.rejectNext--;
    return reject(invoice, {
      code: 450,
      description: 'Błąd weryfikacji semantyki dokumentu faktury',
      details: ['Odrzucenie wymuszone w symulatorze (reject-next).'],
    });
  }
  const now = ctx.now();
  invoice.xml = plain;
  // offline/automatyczne-okreslanie-trybu-offline.md: declared offline, or issued on an earlier day.
  invoice.invoicingMode =
    invoice.offlineMode || facts.issueDate < warsawDateKey(new Date(invoice.invoicingDate)) ? 'Offline' : 'Online';
  invoice.ksefNumber = makeKsefNumber(facts.sellerNip, new Date(now), randomBytes(6));
  invoice.acquisitionDate = now;
  invoice.upo = buildUpo(session, invoice, ctx.settings.tokenReference);
  invoice.status = { code: 200, description: 'Sukces' };
  ctx.accepted.set(invoice.ksefNumber, invoice);
  ctx.acceptedByHash.set(invoice.invoiceHash, invoice);
  ctx.acceptedByIdentity.set(`${facts.sellerNip}|${facts.kind}|${facts.invoiceNumber}`, invoice);
  ctx.log(`invoice ${facts.invoiceNumber} accepted as ${invoice.ksefNumber}`);
}

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
