// The sales document PDF of an order — its VAT invoice, or a consumer's purchase confirmation —
// rebuilt from the snapshot frozen at issue: the same every time.
import { db } from '@/lib/db/client';
import { renderInvoicePdf } from '@/lib/invoices/pdf';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import { documentInput } from '@/lib/invoices/document-input';
import { ksefMarkOf } from '@/lib/invoices/ksef/submission/mark';

export { documentInput };

export type SalesDocument = { kind: 'INVOICE' | 'RECEIPT'; fileName: string; pdf: Buffer };

/**
 * The buyer's own invoice (once numbered) or receipt, owner in the where clause; staff pass
 * ownerId = null. An invoice still waiting for its number is not served yet. `locale` is the
 * reader's (the route's currentLocale()): the document is the Polish one, glossed for another language.
 */
export async function salesDocumentFor(
  orderId: string,
  ownerId: string | null,
  locale: string = 'pl',
): Promise<SalesDocument | null> {
  const invoice = await db().invoice.findFirst({
    where: {
      orderId,
      OR: [{ number: { not: null } }, { kind: 'RECEIPT' }],
      ...(ownerId ? { order: { userId: ownerId } } : {}),
    },
    select: { id: true, number: true, kind: true, snapshot: true, order: { select: { number: true } } },
  });
  if (!invoice) return null;
  const s = invoice.snapshot as unknown as InvoiceSnapshot;
  // The KSeF number and QR code(s) once KSeF has it, or the offline codes (lib/invoices/ksef/submission/mark.ts).
  const ksef = invoice.kind === 'INVOICE' ? await ksefMarkOf({ invoiceId: invoice.id }) : null;
  const pdf = await renderInvoicePdf({
    ...documentInput({ orderNumber: invoice.order.number, ...s }, invoice.kind),
    ...(ksef ? { ksef } : {}),
    locale,
  });
  const fileName =
    invoice.kind === 'RECEIPT'
      ? `potwierdzenie-zakupu-${invoice.order.number}.pdf`
      : `${(invoice.number ?? '').replace(/\//g, '-')}.pdf`;
  return { kind: invoice.kind, fileName, pdf };
}

/** The numbered invoice only (kept for callers that attach invoices). */
export async function invoicePdfFor(
  orderId: string,
  ownerId: string | null,
  locale: string = 'pl',
): Promise<{ number: string; pdf: Buffer } | null> {
  const invoice = await db().invoice.findFirst({
    where: { orderId, number: { not: null }, kind: 'INVOICE', ...(ownerId ? { order: { userId: ownerId } } : {}) },
    select: { id: true, number: true, snapshot: true },
  });
  if (!invoice?.number) return null;
  const s = invoice.snapshot as unknown as InvoiceSnapshot;
  const ksef = await ksefMarkOf({ invoiceId: invoice.id });
  return {
    number: invoice.number,
    pdf: await renderInvoicePdf({ ...documentInput(s, 'INVOICE'), ...(ksef ? { ksef } : {}), locale }),
  };
}
