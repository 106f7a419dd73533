// The UPO (urzędowe poświadczenie odbioru, KSeF's official receipt) of an accepted document:
// fetched from KSeF on the first download and kept, so later downloads never ask KSeF again.
import { db } from '@/lib/db/client';
import { ksefGateway } from '@/lib/invoices/ksef/gateway';
import type { KsefGateway } from '@/lib/invoices/ksef/types';

export type UpoFile = { fileName: string; xml: Buffer };

/** The UPO, or null when the document is not accepted (staff only; the caller checks). */
export async function upoOf(documentId: string, gateway?: KsefGateway): Promise<UpoFile | null> {
  const doc = await db().ksefDocument.findUnique({
    where: { id: documentId },
    select: { status: true, ksefNumber: true, upo: true, sessionReference: true, invoiceReference: true },
  });
  if (!doc || doc.status !== 'ACCEPTED' || !doc.ksefNumber || !doc.sessionReference) return null;
  const fileName = `UPO-${doc.ksefNumber}.xml`;
  if (doc.upo) return { fileName, xml: Buffer.from(doc.upo) };
  const xml = await (gateway ?? ksefGateway()).upo(
    { sessionReference: doc.sessionReference, invoiceReference: doc.invoiceReference ?? '' },
    doc.ksefNumber,
  );
  await db().ksefDocument.updateMany({ where: { id: documentId, upo: null }, data: { upo: new Uint8Array(xml) } });
  return { fileName, xml };
}
