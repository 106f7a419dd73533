// The PDF of a numbered correcting invoice, drawn from its frozen snapshot (the same every time),
// for the buyer (owner in the where clause) or staff (ownerId null). Unnumbered: not served yet.
import { db } from '@/lib/db/client';
import { renderCorrectionPdf } from '@/lib/invoices/correction-pdf';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { ksefMarkOf } from '@/lib/invoices/ksef/submission/mark';

export async function correctionPdfFor(
  orderId: string,
  correctionId: string,
  ownerId: string | null,
  /** The reader's language: the document stays Polish, glossed for another one. */
  locale: string = 'pl',
): Promise<{ fileName: string; pdf: Buffer } | null> {
  const c = await db().invoiceCorrection.findFirst({
    where: {
      id: correctionId,
      number: { not: null },
      invoice: { orderId, ...(ownerId ? { order: { userId: ownerId } } : {}) },
    },
    select: { id: true, number: true, snapshot: true },
  });
  if (!c?.number) return null;
  // Its KSeF number and QR code(s) once KSeF has it, or the offline codes (lib/invoices/ksef/submission/mark.ts).
  const ksef = await ksefMarkOf({ correctionId: c.id });
  const pdf = await renderCorrectionPdf(c.snapshot as unknown as CorrectionSnapshot, ksef ?? undefined, locale);
  return { fileName: `${c.number.replace(/\//g, '-')}.pdf`, pdf };
}
