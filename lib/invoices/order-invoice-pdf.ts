// The invoice PDF of an order, rebuilt from the snapshot frozen at issue: the same every time.
import { db } from '@/lib/db/client';
import { renderInvoicePdf } from '@/lib/invoices/pdf';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';

/** The buyer's own numbered invoice (owner in the where clause), or null. Staff pass ownerId = null. */
export async function invoicePdfFor(
  orderId: string,
  ownerId: string | null,
): Promise<{ number: string; pdf: Buffer } | null> {
  const invoice = await db().invoice.findFirst({
    where: { orderId, number: { not: null }, ...(ownerId ? { order: { userId: ownerId } } : {}) },
    select: { number: true, snapshot: true },
  });
  if (!invoice?.number) return null;
  const s = invoice.snapshot as unknown as InvoiceSnapshot;
  const pdf = await renderInvoicePdf({ ...s, issueDate: new Date(s.issueDate), saleDate: new Date(s.saleDate) });
  return { number: invoice.number, pdf };
}
