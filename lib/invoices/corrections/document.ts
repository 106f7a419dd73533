// The PDF of a numbered correcting invoice, drawn from its frozen snapshot (the same every time),
// for the buyer (owner in the where clause) or staff (ownerId null). Unnumbered: not served yet.
import { db } from '@/lib/db/client';
import { renderCorrectionPdf } from '@/lib/invoices/correction-pdf';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';

export async function correctionPdfFor(
  orderId: string,
  correctionId: string,
  ownerId: string | null,
): Promise<{ fileName: string; pdf: Buffer } | null> {
  const c = await db().invoiceCorrection.findFirst({
    where: {
      id: correctionId,
      number: { not: null },
      invoice: { orderId, ...(ownerId ? { order: { userId: ownerId } } : {}) },
    },
    select: { number: true, snapshot: true },
  });
  if (!c?.number) return null;
  const pdf = await renderCorrectionPdf(c.snapshot as unknown as CorrectionSnapshot);
  return { fileName: `${c.number.replace(/\//g, '-')}.pdf`, pdf };
}
