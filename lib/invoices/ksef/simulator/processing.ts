// What KSeF does with a sent invoice after answering 202 (weryfikacja-faktury.md): decrypt it,
// check it against its declared hash and size, run the XML and business checks, refuse a
// duplicate, decide the invoicing mode, and only then give it a KSeF number and a UPO.
import { createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { warsawDateKey } from '@/lib/format/time';
import { makeKsefNumber } from '../number';
import { checkInvoice } from './checks';
import type { SimContext, SimInvoice, SimSession, Status } from './state';
import { buildUpo } from './upo';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('base64');

function decrypt(session: SimSession, encrypted: Buffer): Buffer | null {
  try {
    const d = createDecipheriv('aes-256-cbc', session.key, session.iv);
    return Buffer.concat([d.update(encrypted), d.final()]);
  } catch {
    return null;
  }
}

const reject = (invoice: SimInvoice, status: Status) => void (invoice.status = status);

export async function processInvoice(ctx: SimContext, session: SimSession, invoice: SimInvoice) {
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
  // The number is dated by the day KSeF took the invoice for processing (numer-ksef.md).
  do invoice.ksefNumber = makeKsefNumber(facts.sellerNip, new Date(invoice.invoicingDate), randomBytes(6));
  while (ctx.accepted.has(invoice.ksefNumber));
  invoice.acquisitionDate = now;
  invoice.upo = buildUpo(session, invoice, ctx.settings.tokenReference);
  invoice.status = { code: 200, description: 'Sukces' };
  ctx.accepted.set(invoice.ksefNumber, invoice);
  ctx.acceptedByHash.set(invoice.invoiceHash, invoice);
  ctx.acceptedByIdentity.set(`${facts.sellerNip}|${facts.kind}|${facts.invoiceNumber}`, invoice);
  if (invoice.hashOfCorrectedInvoice) ctx.corrected.add(invoice.hashOfCorrectedInvoice);
  ctx.log(`invoice ${facts.invoiceNumber} accepted as ${invoice.ksefNumber}`);
}
