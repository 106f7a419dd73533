// The FA(3) XML a buyer downloads from "My orders": exactly the bytes sent to KSeF, owner in the
// query (someone else's order is not found). Staff pass ownerId = null. A document KSeF rejected
// is not served: it is not the invoice until it is resent.
import { readStoredFile } from '@/lib/storage';
import { db } from '@/lib/db/client';

export type XmlFile = { fileName: string; xml: Buffer };

const fileNameOf = (number: string) => `${number.replace(/\//g, '-')}.xml`;

export async function invoiceXmlFor(orderId: string, ownerId: string | null): Promise<XmlFile | null> {
  const doc = await db().ksefDocument.findFirst({
    where: {
      status: { not: 'REJECTED' },
      invoice: { orderId, number: { not: null }, ...(ownerId ? { order: { userId: ownerId } } : {}) },
    },
    select: { xmlKey: true, invoice: { select: { number: true } } },
  });
  if (!doc?.invoice?.number) return null;
  return { fileName: fileNameOf(doc.invoice.number), xml: await readStoredFile(doc.xmlKey) };
}

export async function correctionXmlFor(
  orderId: string,
  correctionId: string,
  ownerId: string | null,
): Promise<XmlFile | null> {
  const doc = await db().ksefDocument.findFirst({
    where: {
      status: { not: 'REJECTED' },
      correction: {
        id: correctionId,
        number: { not: null },
        invoice: { orderId, ...(ownerId ? { order: { userId: ownerId } } : {}) },
      },
    },
    select: { xmlKey: true, correction: { select: { number: true } } },
  });
  if (!doc?.correction?.number) return null;
  return { fileName: fileNameOf(doc.correction.number), xml: await readStoredFile(doc.xmlKey) };
}

/** What the order page says about its invoice in KSeF: whether the XML is there and the KSeF number. */
export async function orderKsefView(
  orderId: string,
  ownerId: string,
): Promise<{ xml: boolean; ksefNumber: string | null } | null> {
  const doc = await db().ksefDocument.findFirst({
    where: { invoice: { orderId, order: { userId: ownerId } } },
    select: { status: true, ksefNumber: true },
  });
  if (!doc) return null;
  return { xml: doc.status !== 'REJECTED', ksefNumber: doc.ksefNumber };
}
