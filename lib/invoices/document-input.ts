// What a sales document states, from its frozen snapshot: the PDF (lib/invoices/order-invoice-pdf.ts)
// and the KSeF FA(3) XML (lib/invoices/ksef/fa3/) both start here, so they state the same lines.
import type { InvoiceInput } from '@/lib/invoices/pdf';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import { invoiceLines } from '@/lib/invoices/lines';
import { invoiceRequestDeadline } from '@/lib/invoices/rules/invoice-request';
import { lastInstantBefore } from '@/lib/format/time';

/** What the PDF prints, from a stored snapshot (older snapshots carry lines instead of items). */
export function documentInput(s: InvoiceSnapshot, kind: 'INVOICE' | 'RECEIPT'): InvoiceInput {
  const saleDate = new Date(s.saleDate);
  const { items, ...rest } = s;
  return {
    ...rest,
    kind,
    number: s.number ?? '',
    issueDate: s.issueDate ? new Date(s.issueDate) : saleDate,
    saleDate,
    lines: items ? invoiceLines(items) : (s.lines ?? []),
    ...(kind === 'RECEIPT' ? { invoiceRequestUntil: lastInstantBefore(invoiceRequestDeadline(saleDate)) } : {}),
  };
}
