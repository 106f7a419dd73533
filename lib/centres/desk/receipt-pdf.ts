// The desk receipt (KP, "kasa przyjmie") as an A4 PDF: who received the money (the seller and the
// centre), from whom, for which child and contract, what for, how much (also in words), how it was
// paid, who took it and when (Warsaw time). It confirms the payment; the VAT document is the
// order's, from the invoice path.
import { createPdf, pdfToBuffer } from '@/lib/pdf/document';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import { amountInWords } from '@/lib/invoices/amount-in-words';
import { INVOICE } from '@/lib/invoices/legal-wording';
import { CONTENT_WIDTH, GREY, MARGIN, drawHeading, drawParty, type InvoiceParty } from '@/lib/invoices/pdf-parts';
import { messages } from '@/lib/i18n';

export type ReceiptInput = {
  number: string;
  at: Date;
  seller: InvoiceParty;
  centre: { name: string; address: string };
  payer: { name: string; email: string | null };
  child: string;
  contractNumber: string;
  offerTitle: string;
  chargeLabel: string;
  amount: number;
  currency: string;
  method: string;
  staff: string;
};

export function receiptPdf(r: ReceiptInput): Promise<Buffer> {
  const t = messages().centresDesk.receipt;
  const doc = createPdf({ title: t.title(r.number), date: r.at, margin: MARGIN });
  return pdfToBuffer(doc, () => {
    drawHeading(doc, {
      title: t.heading,
      subtitle: r.number,
      meta: [
        [t.issuedAt, formatDateTime(r.at)],
        [t.place, r.centre.name],
      ],
    });
    const top = MARGIN + 76;
    const left = drawParty(
      doc,
      t.receivedBy,
      { ...r.seller, addressLines: [...r.seller.addressLines, r.centre.address] },
      MARGIN,
      top,
    );
    const right = drawParty(
      doc,
      t.paidBy,
      { name: r.payer.name, addressLines: r.payer.email ? [r.payer.email] : [] },
      MARGIN + 270,
      top,
    );
    let y = Math.max(left, right) + 24;
    const row = (label: string, value: string, bold = false) => {
      doc.font('regular').fontSize(9).fillColor(GREY).text(label, MARGIN, y, { width: 150 });
      doc
        .font(bold ? 'bold' : 'regular')
        .fontSize(bold ? 13 : 10)
        .fillColor('black')
        .text(value, MARGIN + 160, y - (bold ? 2 : 0), { width: CONTENT_WIDTH - 160 });
      y = doc.y + 8;
    };
    row(t.child, r.child);
    row(t.contract, r.contractNumber);
    row(t.service, r.offerTitle);
    row(t.charge, r.chargeLabel);
    row(t.amount, formatMoney(r.amount, r.currency), true);
    row('', INVOICE.inWords(amountInWords(r.amount, r.currency)));
    row(t.method, r.method);
    row(t.staff, r.staff);
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(GREY)
      .text(t.note, MARGIN, y + 16, { width: CONTENT_WIDTH });
    doc.fillColor('black');
  });
}
