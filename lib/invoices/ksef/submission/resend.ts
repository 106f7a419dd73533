// Staff resend a document KSeF rejected, once the cause is fixed. The XML is built again from
// the subject's snapshot with the document's frozen creation time: unchanged data gives the same
// bytes and the resend is a plain retry; corrected data (or a fixed builder) gives new bytes,
// allowed only because KSeF never took the rejected ones. A rejected OFFLINE invoice was already
// handed out with its QR code, so its new XML names the old hash: a technical correction
// (offline/korekta-techniczna.md) that KSeF links to the code the buyer holds.
import { Prisma } from '@/lib/db/generated/client';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { correctionXml, invoiceXml } from './documents';
import { submitLater } from './enqueue';

export type ResendOutcome = 'retry' | 'rebuilt';

export async function resendDocument(documentId: string): Promise<ResendOutcome> {
  const doc = await db().ksefDocument.findUnique({
    where: { id: documentId },
    select: {
      status: true,
      offline: true,
      createdAt: true,
      xmlSha256: true,
      correctedSha256: true,
      invoice: { select: { snapshot: true } },
      correction: { select: { snapshot: true, invoice: { select: { ksef: { select: { ksefNumber: true } } } } } },
    },
  });
  if (!doc) throw new NotFoundError('KSeF document');
  if (doc.status !== 'REJECTED') throw new UserError('ksef.errors.notRejected');
  const built = doc.invoice
    ? await invoiceXml(doc.invoice.snapshot as unknown as InvoiceSnapshot, doc.createdAt)
    : await correctionXml(
        doc.correction!.snapshot as unknown as CorrectionSnapshot,
        doc.createdAt,
        doc.correction!.invoice.ksef?.ksefNumber ?? null,
      );
  if (built.schemaErrors) {
    await db().ksefDocument.update({
      where: { id: documentId },
      data: { errorDetails: built.schemaErrors as Prisma.InputJsonValue },
    });
    throw new UserError('ksef.errors.stillInvalid');
  }
  const rebuilt = built.xmlSha256 !== doc.xmlSha256;
  const { count } = await db().ksefDocument.updateMany({
    where: { id: documentId, status: 'REJECTED' },
    data: {
      status: 'PENDING',
      sessionReference: null,
      invoiceReference: null,
      sentAt: null,
      errorCode: null,
      errorMessage: null,
      errorDetails: Prisma.DbNull,
      nextAttemptAt: null,
      claimedUntil: null,
      ...(rebuilt
        ? {
            xml: new Uint8Array(built.xml),
            xmlSha256: built.xmlSha256,
            correctedSha256: doc.offline ? (doc.correctedSha256 ?? doc.xmlSha256) : null,
          }
        : {}),
    },
  });
  // A second click while the first was being handled finds it no longer rejected.
  if (count === 0) throw new UserError('ksef.errors.notRejected');
  await submitLater([{ documentId }]);
  return rebuilt ? 'rebuilt' : 'retry';
}
