// Staff resend a document KSeF rejected, once the cause is fixed. The XML is built again from
// the subject's snapshot with the document's frozen creation time: unchanged data gives the same
// bytes and the resend is a plain retry; corrected data (or a fixed builder) gives new bytes,
// allowed only because KSeF never took the rejected ones. A rejected OFFLINE invoice was already
// handed out with its QR code, so its new XML names the old hash: a technical correction
// (offline/korekta-techniczna.md) that KSeF links to the code the buyer holds.
import { dropFiles, withNewFiles } from '@/lib/storage';
import { Prisma } from '@/lib/db/generated/client';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { correctionXml, invoiceXml, xmlFile } from './documents';
import { recordAudit } from '@/lib/audit';
import { submitLater } from './enqueue';

export type ResendOutcome = 'retry' | 'rebuilt';

/** `staffId`: who resends it, recorded in the audit log with the change (null: a script). */
export async function resendDocument(documentId: string, staffId: string | null = null): Promise<ResendOutcome> {
  const doc = await db().ksefDocument.findUnique({
    where: { id: documentId },
    select: {
      status: true,
      offline: true,
      createdAt: true,
      xmlSha256: true,
      xmlKey: true,
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
  // A rebuilt XML is a new file (the rejected one goes after the commit); a retry writes none.
  const count = await withNewFiles(rebuilt ? [xmlFile(built.xml)] : [], ([file]) =>
    db().$transaction(async (tx) => {
      const { count } = await tx.ksefDocument.updateMany({
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
          ...(file
            ? {
                xmlKey: file.key,
                xmlSha256: built.xmlSha256,
                correctedSha256: doc.offline ? (doc.correctedSha256 ?? doc.xmlSha256) : null,
              }
            : {}),
        },
      });
      if (count === 1 && file) await file.save(tx);
      if (count === 1)
        await recordAudit(tx, {
          actorId: staffId,
          action: 'invoice.ksef.resent',
          objectType: 'KsefDocument',
          objectId: documentId,
          before: { status: 'REJECTED', xmlSha256: doc.xmlSha256 },
          after: { status: 'PENDING', xmlSha256: rebuilt ? built.xmlSha256 : doc.xmlSha256 },
          note: rebuilt ? 'rebuilt' : 'retry',
        });
      return count;
    }),
  );
  if (count === 1 && rebuilt) await dropFiles([doc.xmlKey]);
  // A second click while the first was being handled finds it no longer rejected.
  if (count === 0) throw new UserError('ksef.errors.notRejected');
  await submitLater([{ documentId }]);
  return rebuilt ? 'rebuilt' : 'retry';
}
