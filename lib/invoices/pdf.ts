// The VAT invoice as an A4 PDF (art. 106e of the VAT Act: number, dates, parties with NIP, lines
// with gross price/discount/net/rate/VAT/gross, totals per rate), and the consumer's purchase
// confirmation drawn the same way under its own title. All sums come from invoiceTotals, none
// are computed here; every amount carries its currency. An invoice sent to KSeF also carries its
// KSeF number and verification codes.
import { INVOICE, RECEIPT } from './legal-wording';
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { formatMoney, type Currency } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { invoiceTotals, type InvoiceTotals } from '@/lib/invoices/tax/vat';
import { amountInWords } from '@/lib/invoices/amount-in-words';
import type { KsefMark } from '@/lib/invoices/ksef/qr';
import { drawKsefMarks, ksefNumberNote } from '@/lib/invoices/ksef/qr/pdf-marks';
import { bufferPages, ensureSpace, writeFooters } from '@/lib/invoices/pdf-layout';
import {
  CONTENT_WIDTH,
  GREY,
  MARGIN,
  drawHeading,
  drawLineTable,
  drawParty,
  drawSummaryRows,
  drawVatInPln,
  lineCells,
  rate,
  toPln,
  type InvoiceLine,
  type InvoiceParty,
  type PlnRate,
} from '@/lib/invoices/pdf-parts';

export { toPln, type InvoiceLine, type InvoiceParty, type KsefMark, type PlnRate };

export type InvoiceInput = {
  /** A RECEIPT is the consumer's purchase confirmation: no number of the invoice series. */
  kind?: 'INVOICE' | 'RECEIPT';
  number: string;
  orderNumber?: string;
  /** Receipts: the last day a consumer may still ask for an invoice (art. 106b ust. 3). */
  invoiceRequestUntil?: Date;
  /** Where a Premium package's books are shipped, when not to the buyer's address. */
  shipTo?: { name: string; addressLines: readonly string[]; country?: string | null } | null;
  issueDate: Date;
  saleDate: Date;
  place: string;
  seller: InvoiceParty & { nip: string };
  buyer: InvoiceParty;
  lines: readonly InvoiceLine[];
  currency: Currency;
  paymentMethod: string;
  paid: boolean;
  /**
   * Foreign-currency invoices only: the NBP average rate of the last working day before the sale
   * (art. 31a), by which the VAT is also shown in PLN (art. 106e ust. 11); null when the staff's
   * rate table had none for that day.
   */
  plnRate?: PlnRate | null;
  /** The invoice's KSeF number and verification codes (never on a receipt, which is not sent to KSeF). */
  ksef?: KsefMark;
};

const isReceipt = (inv: InvoiceInput) => inv.kind === 'RECEIPT';
/** A receipt is not an invoice and never goes to KSeF, whatever a caller passes. */
const ksefOf = (inv: InvoiceInput) => (isReceipt(inv) ? undefined : inv.ksef);

function drawInvoiceHeading(doc: PdfDocument, inv: InvoiceInput): void {
  if (isReceipt(inv)) {
    drawHeading(doc, {
      title: RECEIPT.title,
      subtitle: RECEIPT.number(inv.orderNumber ?? inv.number),
      meta: [
        [INVOICE.place, inv.place],
        [RECEIPT.saleDate, formatDate(inv.saleDate)],
      ],
    });
    return;
  }
  drawHeading(doc, {
    title: INVOICE.title,
    subtitle: INVOICE.number(inv.number),
    note: ksefNumberNote(inv.ksef),
    meta: [
      [INVOICE.place, inv.place],
      [INVOICE.issueDate, formatDate(inv.issueDate)],
      [INVOICE.saleDate, formatDate(inv.saleDate)],
      ...(inv.orderNumber ? [[INVOICE.orderRef, inv.orderNumber] as const] : []),
    ],
  });
}

function drawRateSummary(doc: PdfDocument, inv: InvoiceInput, totals: InvoiceTotals<InvoiceLine>, y: number) {
  const rows = [
    { label: INVOICE.total, net: totals.net, rate: '', vat: totals.vat, gross: totals.gross, bold: true },
    ...totals.byRate.map((r) => ({ ...r, label: INVOICE.ofWhich, rate: rate(r.vatRate), bold: false })),
  ];
  return drawSummaryRows(doc, rows, inv.currency, y);
}

function drawPayment(doc: PdfDocument, inv: InvoiceInput, gross: number, startY: number): void {
  doc.y = startY + 18;
  ensureSpace(doc, 70);
  const width = CONTENT_WIDTH;
  const total = formatMoney(gross, inv.currency);
  doc
    .font('bold')
    .fontSize(12)
    .text(isReceipt(inv) ? `${RECEIPT.total}: ${total}` : INVOICE.toPay(total), MARGIN, doc.y, { width });
  doc
    .font('regular')
    .fontSize(9)
    .text(INVOICE.inWords(amountInWords(gross, inv.currency)), MARGIN, doc.y + 3, { width });
  doc.moveDown(0.8);
  doc.text(inv.paid ? INVOICE.paid(inv.paymentMethod) : INVOICE.paymentMethod(inv.paymentMethod), MARGIN, doc.y, {
    width,
  });
}

/** A receipt says what it is not, why no cash-register receipt is due, and how to get an invoice. */
function drawReceiptNotes(doc: PdfDocument, inv: InvoiceInput): void {
  if (!isReceipt(inv)) return;
  const width = CONTENT_WIDTH;
  doc.moveDown(1.2);
  ensureSpace(doc, 70);
  doc.font('bold').fontSize(9).text(RECEIPT.notInvoice, MARGIN, doc.y, { width });
  doc.font('regular').fontSize(8.5).fillColor(GREY);
  doc.text(RECEIPT.cashRegister, MARGIN, doc.y + 3, { width });
  if (inv.invoiceRequestUntil)
    doc.text(RECEIPT.requestInvoice(formatDate(inv.invoiceRequestUntil)), MARGIN, doc.y + 3, { width });
  doc.fillColor('black');
}

/** Renders the invoice (or the receipt); amounts and the per-rate summary come from invoiceTotals(lines). */
export function renderInvoicePdf(inv: InvoiceInput): Promise<Buffer> {
  const totals = invoiceTotals(inv.lines);
  const receipt = isReceipt(inv);
  const ksef = ksefOf(inv);
  const ref = inv.orderNumber ?? inv.number;
  const title = receipt ? `${RECEIPT.title} ${ref}` : `${INVOICE.title} ${inv.number}`;
  const doc = createPdf({ title, date: inv.issueDate, margin: MARGIN });
  bufferPages(doc);
  return pdfToBuffer(doc, () => {
    drawInvoiceHeading(doc, inv);
    const partiesTop = MARGIN + 72;
    const sellerBottom = drawParty(doc, INVOICE.seller, inv.seller, MARGIN, partiesTop);
    let buyerBottom = drawParty(doc, receipt ? RECEIPT.buyer : INVOICE.buyer, inv.buyer, MARGIN + 270, partiesTop);
    if (inv.shipTo)
      buyerBottom = drawParty(doc, INVOICE.shipTo, { ...inv.shipTo, nip: null }, MARGIN + 270, buyerBottom + 10);
    const rows = totals.lines.map((l, i) => lineCells(l, i, inv.currency));
    const tableBottom = drawLineTable(doc, rows, Math.max(sellerBottom, buyerBottom) + 24);
    const summaryBottom = drawRateSummary(doc, inv, totals, tableBottom);
    drawPayment(doc, inv, totals.gross, summaryBottom);
    drawVatInPln(doc, { ...inv, heading: INVOICE.vatInPln }, (r) => ({
      byRate: totals.byRate.map((b) => ({ vatRate: b.vatRate, vat: toPln(b.vat, r) })),
      total: toPln(totals.vat, r),
    }));
    if (ksef) drawKsefMarks(doc, ksef);
    drawReceiptNotes(doc, inv);
    writeFooters(doc, (page, total) =>
      receipt ? RECEIPT.footer(ref, page, total) : INVOICE.footer(inv.number, page, total),
    );
  });
}
