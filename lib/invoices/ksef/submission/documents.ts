// The FA(3) XML of a numbered invoice or correction, made ONCE from its frozen snapshot and kept
// with its SHA-256 in a KsefDocument: the QR code on the PDF and KSeF both identify it by that
// hash, so the bytes are never rebuilt (only a document KSeF rejected may be, see resend.ts).
import { withNewFile } from '@/lib/storage';
import { createHash } from 'node:crypto';
import type { Prisma } from '@/lib/db/generated/client';
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { isUniqueViolation } from '@/lib/errors';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { buildCorrectionXml, buildInvoiceXml, Fa3InputError } from '@/lib/invoices/ksef/fa3';
import { validateAgainstSchema } from '@/lib/invoices/ksef/fa3/validate';
import { belongsInKsef } from './rules/scope';

export const sha256Base64Url = (xml: Buffer) => createHash('sha256').update(xml).digest('base64url');

/** A document's XML, ready to store: its bytes, their hash, and the schema's verdict. */
export type BuiltXml = { xml: Buffer; xmlSha256: string; schemaErrors: string[] | null };

/** Builds and validates; data the builder refuses (Fa3InputError) is kept as a document never sent. */
async function checked(build: () => string): Promise<BuiltXml> {
  let text: string;
  try {
    text = build();
  } catch (e) {
    if (!(e instanceof Fa3InputError)) throw e;
    const xml = Buffer.alloc(0);
    return { xml, xmlSha256: sha256Base64Url(xml), schemaErrors: [e.message] };
  }
  const xml = Buffer.from(text, 'utf8');
  const verdict = await validateAgainstSchema(text, 'FA3');
  return { xml, xmlSha256: sha256Base64Url(xml), schemaErrors: verdict.valid ? null : verdict.errors };
}

/** The invoice's XML from its numbered snapshot, dated `createdAt` (DataWytworzeniaFa). */
export async function invoiceXml(snapshot: InvoiceSnapshot, createdAt: Date): Promise<BuiltXml> {
  return checked(() => buildInvoiceXml(snapshot, { createdAt }));
}

export async function correctionXml(
  snapshot: CorrectionSnapshot,
  createdAt: Date,
  correctedKsefNumber: string | null,
): Promise<BuiltXml> {
  return checked(() => buildCorrectionXml(snapshot, { createdAt, correctedKsefNumber }));
}

/**
 * What is stored for freshly built XML. A document our builder made that the official schema
 * refuses is never sent (KSeF would refuse it too): it is kept REJECTED with the schema's errors,
 * for staff to see and resend once the software is fixed (resend.ts rebuilds it then).
 */
function rowOf(built: BuiltXml, xmlKey: string) {
  return {
    xmlKey,
    xmlSha256: built.xmlSha256,
    ...(built.schemaErrors
      ? {
          status: 'REJECTED' as const,
          errorCode: null,
          errorMessage: null,
          errorDetails: built.schemaErrors as Prisma.InputJsonValue,
        }
      : {}),
  };
}

/** The XML as a stored file (lib/storage), kept byte for byte. */
export const xmlFile = (xml: Uint8Array) => ({ kind: 'ksef-xml' as const, body: xml, contentType: XML_TYPE });
export const XML_TYPE = 'application/xml';

async function insertOnce(built: BuiltXml, data: { invoiceId: string; createdAt: Date }) {
  try {
    return await withNewFile(xmlFile(built.xml), (file) =>
      db().$transaction(async (tx) => {
        await file.save(tx);
        return (await tx.ksefDocument.create({ data: { ...data, ...rowOf(built, file.key) }, select: { id: true } }))
          .id;
      }),
    );
  } catch (e) {
    // Another worker stored it first: theirs is the one, built from the same snapshot.
    if (!isUniqueViolation(e)) throw e;
    return (await db().ksefDocument.findUniqueOrThrow({ where: { invoiceId: data.invoiceId }, select: { id: true } }))
      .id;
  }
}

/**
 * The document of a numbered invoice, created on first call (later calls return the same one);
 * null for what never goes to KSeF: a receipt, an unnumbered invoice, one issued before KSeF.
 */
export async function ensureInvoiceDocument(invoiceId: string, now = currentTime()): Promise<string | null> {
  const invoice = await db().invoice.findUnique({
    where: { id: invoiceId },
    select: { kind: true, number: true, issuedAt: true, snapshot: true, ksef: { select: { id: true } } },
  });
  if (!invoice || invoice.kind !== 'INVOICE' || !invoice.number || !invoice.issuedAt) return null;
  if (invoice.ksef) return invoice.ksef.id;
  if (!belongsInKsef(invoice.issuedAt)) return null;
  const built = await invoiceXml(invoice.snapshot as unknown as InvoiceSnapshot, now);
  return insertOnce(built, { invoiceId, createdAt: now });
}

/**
 * The document of a numbered correction. KSeF takes a correction only once its original has a
 * KSeF number (tryby-offline.md), so until then this returns null and the correction waits; an
 * original issued before KSeF is named as outside it (NrKSeFN) and the correction goes at once.
 */
export async function ensureCorrectionDocument(correctionId: string, now = currentTime()): Promise<string | null> {
  const c = await db().invoiceCorrection.findUnique({
    where: { id: correctionId },
    select: {
      number: true,
      snapshot: true,
      ksef: { select: { id: true } },
      invoice: { select: { issuedAt: true, ksef: { select: { ksefNumber: true } } } },
    },
  });
  if (!c || !c.number) return null;
  if (c.ksef) return c.ksef.id;
  const originalInKsef = !!c.invoice.issuedAt && belongsInKsef(c.invoice.issuedAt);
  const correctedKsefNumber = c.invoice.ksef?.ksefNumber ?? null;
  if (originalInKsef && !correctedKsefNumber) return null;
  // The snapshot gets the original's KSeF number with the XML, so its PDF names it too.
  const stored = c.snapshot as unknown as CorrectionSnapshot;
  const snapshot = { ...stored, corrected: { ...stored.corrected, ksefNumber: correctedKsefNumber } };
  const built = await correctionXml(snapshot, now, correctedKsefNumber);
  try {
    return await withNewFile(xmlFile(built.xml), (file) =>
      db().$transaction(async (tx) => {
        await file.save(tx);
        const doc = await tx.ksefDocument.create({
          data: { correctionId, createdAt: now, ...rowOf(built, file.key) },
          select: { id: true },
        });
        if (stored.corrected.ksefNumber !== correctedKsefNumber)
          await tx.invoiceCorrection.update({
            where: { id: correctionId },
            data: { snapshot: snapshot as unknown as Prisma.InputJsonValue },
          });
        return doc.id;
      }),
    );
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return (await db().ksefDocument.findUniqueOrThrow({ where: { correctionId }, select: { id: true } })).id;
  }
}
