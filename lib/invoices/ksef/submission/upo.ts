// The UPO (urzędowe poświadczenie odbioru, KSeF's official receipt) of an accepted document:
// fetched from KSeF on the first download and kept, so later downloads never ask KSeF again.
import { readStoredFile, withNewFile } from '@/lib/storage';
import { db } from '@/lib/db/client';
import { ksefGateway } from '@/lib/invoices/ksef/gateway';
import type { KsefGateway } from '@/lib/invoices/ksef/types';

export type UpoFile = { fileName: string; xml: Buffer };

/** The UPO, or null when the document is not accepted (staff only; the caller checks). */
export async function upoOf(documentId: string, gateway?: KsefGateway): Promise<UpoFile | null> {
  const doc = await db().ksefDocument.findUnique({
    where: { id: documentId },
    select: { status: true, ksefNumber: true, upoKey: true, sessionReference: true, invoiceReference: true },
  });
  if (!doc || doc.status !== 'ACCEPTED' || !doc.ksefNumber || !doc.sessionReference) return null;
  const fileName = `UPO-${doc.ksefNumber}.xml`;
  if (doc.upoKey) return { fileName, xml: await readStoredFile(doc.upoKey) };
  const xml = await (gateway ?? ksefGateway()).upo(
    { sessionReference: doc.sessionReference, invoiceReference: doc.invoiceReference ?? '' },
    doc.ksefNumber,
  );
  // Two first downloads at once: one UPO is kept, the other's file is dropped again (not saved).
  await withNewFile({ kind: 'ksef-upo', body: xml, contentType: 'application/xml' }, (file) =>
    db().$transaction(async (tx) => {
      const { count } = await tx.ksefDocument.updateMany({
        where: { id: documentId, upoKey: null },
        data: { upoKey: file.key },
      });
      if (count === 1) await file.save(tx);
    }),
  );
  return { fileName, xml };
}
