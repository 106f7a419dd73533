// The pro-forma of a TRANSFER charge as an A4 PDF (A5): it says in large type that it is not a VAT
// invoice, then seller, buyer, the line with its VAT split, the bank account, the transfer title
// (the pro-forma number, by which the statement import finds the payment) and the deadline.
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { formatMoney, type Currency } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { invoiceTotals } from '@/lib/invoices/tax/vat';
import { amountInWords } from '@/lib/invoices/amount-in-words';
import { SERVICE_UNIT, INVOICE } from '@/lib/invoices/legal-wording';
import { bufferPages, ensureSpace, writeFooters } from '@/lib/invoices/pdf-layout';
import {
  CONTENT_WIDTH,
  GREY,
  MARGIN,
  drawHeading,
  drawLineTable,
  drawParty,
  drawSummaryRows,
  lineCells,
  rate,
  type InvoiceLine,
  type InvoiceParty,
} from '@/lib/invoices/pdf-parts';
import { messages } from '@/lib/i18n';

export type ProformaInput = {
  number: string;
  contractNumber: string;
  issueDate: Date;
  deadline: Date;
  seller: InvoiceParty & { nip: string; bankName?: string };
  buyer: InvoiceParty;
  line: { name: string; gross: number; discount: number; vatRate: number };
  currency: Currency;
};

function drawBanner(doc: PdfDocument, y: number): number {
  const t = messages().billingPay.proforma;
  doc.rect(MARGIN, y, CONTENT_WIDTH, 44).lineWidth(2).strokeColor('#a4161a').stroke();
  doc
    .font('bold')
    .fontSize(18)
    .fillColor('#a4161a')
    .text(t.notInvoice, MARGIN, y + 12, { width: CONTENT_WIDTH, align: 'center' });
  doc.fillColor('black');
  return y + 52;
}

function drawTransfer(doc: PdfDocument, p: ProformaInput, gross: number, startY: number): void {
  const t = messages().billingPay.proforma;
  const width = CONTENT_WIDTH;
  doc.y = startY + 18;
  ensureSpace(doc, 150);
  doc
    .font('bold')
    .fontSize(12)
    .text(`${t.total}: ${formatMoney(gross, p.currency)}`, MARGIN, doc.y, { width });
  doc
    .font('regular')
    .fontSize(9)
    .text(INVOICE.inWords(amountInWords(gross, p.currency)), MARGIN, doc.y + 3, { width });
  doc.moveDown(1);
  const boxY = doc.y;
  doc
    .font('bold')
    .fontSize(10)
    .text(t.payment, MARGIN + 10, boxY + 8, { width: width - 20 });
  doc.font('regular').fontSize(10);
  const account = p.seller.bankAccount;
  doc.text(account ? t.account(p.seller.bankName ?? '', account) : t.noAccount, MARGIN + 10, doc.y + 4, {
    width: width - 20,
  });
  doc.font('bold').text(t.transferTitle(p.number), MARGIN + 10, doc.y + 4, { width: width - 20 });
  doc.text(t.deadline(formatDate(p.deadline)), MARGIN + 10, doc.y + 4, { width: width - 20 });
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor(GREY)
    .text(t.deadlineNote, MARGIN + 10, doc.y + 4, { width: width - 20 });
  doc.fillColor('black');
  const boxBottom = doc.y + 8;
  doc
    .rect(MARGIN, boxY, width, boxBottom - boxY)
    .lineWidth(0.7)
    .strokeColor('#999999')
    .stroke();
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor(GREY)
    .text(t.notInvoiceNote, MARGIN, boxBottom + 12, { width });
  doc.fillColor('black');
}

export function renderProformaPdf(p: ProformaInput): Promise<Buffer> {
  const t = messages().billingPay.proforma;
  const line: InvoiceLine = {
    name: p.line.name,
    quantity: 1,
    unitGross: p.line.gross,
    discountGross: p.line.discount,
    vatRate: p.line.vatRate,
    unit: SERVICE_UNIT,
  };
  const totals = invoiceTotals([line]);
  const doc = createPdf({ title: `${t.title} ${p.number}`, date: p.issueDate, margin: MARGIN });
  bufferPages(doc);
  return pdfToBuffer(doc, () => {
    drawHeading(doc, {
      title: t.title,
      subtitle: t.number(p.number),
      meta: [
        [t.issued, formatDate(p.issueDate)],
        [t.contract, p.contractNumber],
      ],
    });
    const bannerBottom = drawBanner(doc, MARGIN + 68);
    const partiesTop = bannerBottom + 10;
    const sellerBottom = drawParty(doc, t.seller, p.seller, MARGIN, partiesTop);
    const buyerBottom = drawParty(doc, t.buyer, p.buyer, MARGIN + 270, partiesTop);
    const rows = totals.lines.map((l, i) => lineCells(l, i, p.currency));
    const tableBottom = drawLineTable(doc, rows, Math.max(sellerBottom, buyerBottom) + 24);
    const summaryBottom = drawSummaryRows(
      doc,
      [
        { label: INVOICE.total, net: totals.net, rate: '', vat: totals.vat, gross: totals.gross, bold: true },
        ...totals.byRate.map((r) => ({ ...r, label: INVOICE.ofWhich, rate: rate(r.vatRate), bold: false })),
      ],
      p.currency,
      tableBottom,
    );
    drawTransfer(doc, p, totals.gross, summaryBottom);
    writeFooters(doc, (page, total) => `${t.notInvoice} · ${p.number} · ${page}/${total}`);
  });
}
