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
import { glossOf, type Gloss } from '@/lib/invoices/pdf-gloss';
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
  /**
   * The reader's language: the document stays Polish, with the labels' translation beside them
   * when it is not Polish (lib/invoices/pdf-gloss.ts). Absent: Polish only.
   */
  locale?: string;
};

const isReceipt = (inv: InvoiceInput) => inv.kind === 'RECEIPT';
/** A receipt is not an invoice and never goes to KSeF, whatever a caller passes. */
const ksefOf = (inv: InvoiceInput) => (isReceipt(inv) ? undefined : inv.ksef);

function drawInvoiceHeading(doc: PdfDocument, inv: InvoiceInput, { g, inline, below }: Gloss): number {
  if (isReceipt(inv)) {
    return drawHeading(doc, {
      title: inline(RECEIPT.title, g.receiptTitle),
      subtitle: RECEIPT.number(inv.orderNumber ?? inv.number),
      meta: [
        [below(INVOICE.place, g.place), inv.place],
        [below(RECEIPT.saleDate, g.receiptSaleDate), formatDate(inv.saleDate)],
      ],
    });
  }
  return drawHeading(doc, {
    title: inline(INVOICE.title, g.invoiceTitle),
    subtitle: INVOICE.number(inv.number),
    note: ksefNumberNote(inv.ksef),
    meta: [
      [below(INVOICE.place, g.place), inv.place],
      [below(INVOICE.issueDate, g.issueDate), formatDate(inv.issueDate)],
      [below(INVOICE.saleDate, g.saleDate), formatDate(inv.saleDate)],
      ...(inv.orderNumber ? [[below(INVOICE.orderRef, g.orderRef), inv.orderNumber] as const] : []),
    ],
  });
}

function drawRateSummary(
  doc: PdfDocument,
  inv: InvoiceInput,
  totals: InvoiceTotals<InvoiceLine>,
  y: number,
  { g, below }: Gloss,
) {
  const rows = [
    {
      label: below(INVOICE.total, g.total),
      net: totals.net,
      rate: '',
      vat: totals.vat,
      gross: totals.gross,
      bold: true,
    },
    ...totals.byRate.map((r) => ({
      ...r,
      label: below(INVOICE.ofWhich, g.ofWhich),
      rate: rate(r.vatRate),
      bold: false,
    })),
  ];
  return drawSummaryRows(doc, rows, inv.currency, y);
}

function drawPayment(doc: PdfDocument, inv: InvoiceInput, gross: number, startY: number, { g, inline }: Gloss): void {
  doc.y = startY + 18;
  ensureSpace(doc, 70);
  const width = CONTENT_WIDTH;
  const total = formatMoney(gross, inv.currency);
  // "Razem do zapłaty: 10,00 zł" is one sentence in Polish: its gloss goes before the amount.
  const toPay = g.toPay ? `${INVOICE.toPay('').replace(/:\s*$/, '')} / ${g.toPay}: ${total}` : INVOICE.toPay(total);
  const due = isReceipt(inv) ? `${inline(RECEIPT.total, g.receiptTotal)}: ${total}` : toPay;
  doc.font('bold').fontSize(12).text(due, MARGIN, doc.y, { width });
  doc
    .font('regular')
    .fontSize(9)
    .text(INVOICE.inWords(amountInWords(gross, inv.currency)), MARGIN, doc.y + 3, { width });
  doc.moveDown(0.8);
  const payment = inv.paid ? INVOICE.paid(inv.paymentMethod) : INVOICE.paymentMethod(inv.paymentMethod);
  const paymentGloss = inv.paid ? g.paid : g.paymentMethod;
  doc.text(paymentGloss ? `${payment} (${paymentGloss})` : payment, MARGIN, doc.y, { width });
}

/** A receipt says what it is not, why no cash-register receipt is due, and how to get an invoice. */
function drawReceiptNotes(doc: PdfDocument, inv: InvoiceInput, { g }: Gloss): void {
  if (!isReceipt(inv)) return;
  const width = CONTENT_WIDTH;
  doc.moveDown(1.2);
  ensureSpace(doc, 70);
  doc.font('bold').fontSize(9).text(RECEIPT.notInvoice, MARGIN, doc.y, { width });
  if (g.notInvoice) doc.text(g.notInvoice, MARGIN, doc.y + 1, { width });
  doc.font('regular').fontSize(8.5).fillColor(GREY);
  doc.text(RECEIPT.cashRegister, MARGIN, doc.y + 3, { width });
  if (inv.invoiceRequestUntil) {
    doc.text(RECEIPT.requestInvoice(formatDate(inv.invoiceRequestUntil)), MARGIN, doc.y + 3, { width });
    const until = g.requestInvoice(formatDate(inv.invoiceRequestUntil, inv.locale));
    if (until) doc.text(until, MARGIN, doc.y + 3, { width });
  }
  doc.fillColor('black');
}

/** Under a translated document: that the translation is a courtesy and the Polish text binds. */
function drawCourtesyNote(doc: PdfDocument, { g }: Gloss): void {
  if (!g.courtesy) return;
  doc.moveDown(1.2);
  ensureSpace(doc, 20);
  doc.font('regular').fontSize(8).fillColor(GREY).text(g.courtesy, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.fillColor('black');
}

/** Renders the invoice (or the receipt); amounts and the per-rate summary come from invoiceTotals(lines). */
export function renderInvoicePdf(inv: InvoiceInput): Promise<Buffer> {
  const totals = invoiceTotals(inv.lines);
  const receipt = isReceipt(inv);
  const ksef = ksefOf(inv);
  const ref = inv.orderNumber ?? inv.number;
  const gloss = glossOf(inv.locale);
  const { g, inline, below } = gloss;
  const title = receipt ? `${RECEIPT.title} ${ref}` : `${INVOICE.title} ${inv.number}`;
  const doc = createPdf({ title, date: inv.issueDate, margin: MARGIN });
  bufferPages(doc);
  return pdfToBuffer(doc, () => {
    const ruleY = drawInvoiceHeading(doc, inv, gloss);
    const partiesTop = Math.max(MARGIN + 72, ruleY + 14);
    const sellerBottom = drawParty(doc, inline(INVOICE.seller, g.seller), inv.seller, MARGIN, partiesTop);
    const buyerLabel = receipt ? inline(RECEIPT.buyer, g.receiptBuyer) : inline(INVOICE.buyer, g.buyer);
    let buyerBottom = drawParty(doc, buyerLabel, inv.buyer, MARGIN + 270, partiesTop);
    if (inv.shipTo) {
      const shipTo = { ...inv.shipTo, nip: null };
      buyerBottom = drawParty(doc, inline(INVOICE.shipTo, g.shipTo), shipTo, MARGIN + 270, buyerBottom + 10);
    }
    const rows = totals.lines.map((l, i) => lineCells(l, i, inv.currency));
    const header = INVOICE.columns.map((c, i) => below(c, g.columns[i] ?? ''));
    const tableBottom = drawLineTable(doc, rows, Math.max(sellerBottom, buyerBottom) + 24, header);
    const summaryBottom = drawRateSummary(doc, inv, totals, tableBottom, gloss);
    drawPayment(doc, inv, totals.gross, summaryBottom, gloss);
    drawVatInPln(doc, { ...inv, heading: below(INVOICE.vatInPln, g.vatInPln) }, (r) => ({
      byRate: totals.byRate.map((b) => ({ vatRate: b.vatRate, vat: toPln(b.vat, r) })),
      total: toPln(totals.vat, r),
    }));
    if (ksef) drawKsefMarks(doc, ksef);
    drawReceiptNotes(doc, inv, gloss);
    drawCourtesyNote(doc, gloss);
    writeFooters(doc, (page, total) => {
      const polish = receipt ? RECEIPT.footer(ref, page, total) : INVOICE.footer(inv.number, page, total);
      const translated = g.page(page, total);
      return translated ? `${polish} (${translated})` : polish;
    });
  });
}
