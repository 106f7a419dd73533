// The VAT invoice as an A4 PDF (art. 106e of the VAT Act: number, dates, parties with NIP, lines
// with net/rate/VAT/gross, totals per rate). All sums come from invoiceTotals, none are computed here.
import { INVOICE } from './legal-wording';
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { divRoundHalfUp, formatMoney, type Currency } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { invoiceTotals, type InvoiceTotals, type TaxLine } from '@/lib/invoices/tax/vat';
import { amountInWords } from '@/lib/invoices/amount-in-words';
import { formatRate } from '@/lib/format/rate';
import {
  bufferPages,
  drawRow,
  ensureSpace,
  pageBottom,
  rowHeight,
  writeFooters,
  type Column,
} from '@/lib/invoices/pdf-layout';

export type InvoiceParty = { name: string; nip?: string | null; addressLines: readonly string[]; bankAccount?: string };
export type InvoiceLine = TaxLine & { unit: string };

export type InvoiceInput = {
  number: string;
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
};

export type PlnRate = { plnPerUnitTimes10000: number; effectiveOn: string };

/** A foreign-currency amount (minor units) in grosze at `rate`, rounded half up. */
export function toPln(minor: number, rate: PlnRate): number {
  return divRoundHalfUp(minor * rate.plnPerUnitTimes10000, 10_000);
}

const dayText = (isoDay: string) => isoDay.split('-').reverse().join('.');

const MARGIN = 40;
const GREY = '#555555';
const HEADER_FILL = '#ececec';

// Widths add up to the 515 pt between A4 margins and keep every header on one line at 7.5 pt;
// money columns are right-aligned and hold up to 1 000 000,00 at 8.5 pt.
const COLUMNS: readonly Column[] = [
  { width: 22, align: 'center' },
  { width: 125, align: 'left' },
  { width: 30, align: 'right' },
  { width: 28, align: 'center' },
  { width: 60, align: 'right' },
  { width: 66, align: 'right' },
  { width: 56, align: 'center' },
  { width: 58, align: 'right' },
  { width: 70, align: 'right' },
];
const HEADERS = INVOICE.columns;
const SUMMARY_FROM = 4; // summary rows start under "Cena netto"

const number2 = new Intl.NumberFormat('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const amount = (minor: number) => number2.format(minor / 100);
const rate = (r: number) => `${r}%`;

function drawHeading(doc: PdfDocument, inv: InvoiceInput): void {
  const top = MARGIN;
  doc.font('bold').fontSize(20).text(INVOICE.title, MARGIN, top);
  doc
    .font('regular')
    .fontSize(12)
    .text(INVOICE.number(inv.number), MARGIN, top + 28);
  const meta: [string, string][] = [
    [INVOICE.place, inv.place],
    [INVOICE.issueDate, formatDate(inv.issueDate)],
    [INVOICE.saleDate, formatDate(inv.saleDate)],
  ];
  const x = 330;
  meta.forEach(([label, value], i) => {
    const y = top + 4 + i * 14;
    doc.font('regular').fontSize(9).fillColor(GREY).text(label, x, y, { width: 100, align: 'right' });
    doc.fillColor('black').text(value, x + 105, y, { width: 120, align: 'right' });
  });
  doc
    .moveTo(MARGIN, top + 56)
    .lineTo(doc.page.width - MARGIN, top + 56)
    .lineWidth(0.7)
    .strokeColor('#999999')
    .stroke();
}

function drawParty(doc: PdfDocument, label: string, p: InvoiceParty, x: number, y: number): number {
  const width = 245;
  doc.font('bold').fontSize(8).fillColor(GREY).text(label.toUpperCase(), x, y, { width, characterSpacing: 0.5 });
  doc
    .fillColor('black')
    .fontSize(10)
    .text(p.name, x, doc.y + 3, { width });
  doc.font('regular').fontSize(9);
  for (const line of p.addressLines) doc.text(line, x, doc.y + 1, { width });
  if (p.nip) doc.text(INVOICE.nip(p.nip), x, doc.y + 3, { width });
  if (p.bankAccount) doc.text(INVOICE.bankAccount(p.bankAccount), x, doc.y + 1, { width });
  return doc.y;
}

function drawTableHeader(doc: PdfDocument, y: number): number {
  doc.font('bold').fontSize(7.5);
  return (
    y +
    drawRow(
      doc,
      MARGIN,
      y,
      COLUMNS,
      HEADERS.map((h) => h),
      { fill: HEADER_FILL },
    )
  );
}

function drawLines(doc: PdfDocument, totals: InvoiceTotals<InvoiceLine>, startY: number): number {
  let y = drawTableHeader(doc, startY);
  totals.lines.forEach((l, i) => {
    const cells = [
      String(i + 1),
      l.name,
      String(l.quantity),
      l.unit,
      amount(l.unitNet),
      amount(l.net),
      rate(l.vatRate),
      amount(l.vat),
      amount(l.gross),
    ];
    doc.font('regular').fontSize(8.5);
    if (y + rowHeight(doc, COLUMNS, cells) > pageBottom(doc)) {
      doc.addPage();
      y = drawTableHeader(doc, MARGIN);
      doc.font('regular').fontSize(8.5);
    }
    y += drawRow(doc, MARGIN, y, COLUMNS, cells);
  });
  return y;
}

function drawRateSummary(doc: PdfDocument, totals: InvoiceTotals<InvoiceLine>, startY: number): number {
  const rows = [
    { label: INVOICE.total, net: totals.net, rate: '', vat: totals.vat, gross: totals.gross, bold: true },
    ...totals.byRate.map((r) => ({
      label: INVOICE.ofWhich,
      net: r.net,
      rate: rate(r.vatRate),
      vat: r.vat,
      gross: r.gross,
      bold: false,
    })),
  ];
  let y = startY;
  if (y + rows.length * 16 > pageBottom(doc)) {
    doc.addPage();
    y = MARGIN;
  }
  for (const r of rows) {
    doc.font(r.bold ? 'bold' : 'regular').fontSize(8.5);
    y += drawRow(doc, MARGIN, y, COLUMNS, [r.label, amount(r.net), r.rate, amount(r.vat), amount(r.gross)], {
      from: SUMMARY_FROM,
      fill: r.bold ? HEADER_FILL : undefined,
    });
  }
  return y;
}

function drawPayment(doc: PdfDocument, inv: InvoiceInput, gross: number, startY: number): void {
  doc.y = startY + 18;
  ensureSpace(doc, 70);
  const width = doc.page.width - 2 * MARGIN;
  doc
    .font('bold')
    .fontSize(12)
    .text(INVOICE.toPay(formatMoney(gross, inv.currency)), MARGIN, doc.y, { width });
  doc
    .font('regular')
    .fontSize(9)
    .text(INVOICE.inWords(amountInWords(gross, inv.currency)), MARGIN, doc.y + 3, { width });
  doc.moveDown(0.8);
  doc.text(inv.paid ? INVOICE.paid(inv.paymentMethod) : INVOICE.paymentMethod(inv.paymentMethod), MARGIN, doc.y, {
    width,
  });
}

/** Art. 106e ust. 11: on an invoice in a foreign currency the VAT is also stated in PLN. */
function drawVatInPln(doc: PdfDocument, inv: InvoiceInput, totals: InvoiceTotals<InvoiceLine>): void {
  if (inv.currency === 'PLN' || inv.plnRate === undefined) return;
  const width = doc.page.width - 2 * MARGIN;
  doc.moveDown(0.8);
  ensureSpace(doc, 40);
  doc.font('bold').fontSize(9).text(INVOICE.vatInPln, MARGIN, doc.y, { width });
  doc.font('regular').fontSize(9);
  const r = inv.plnRate;
  if (!r) {
    doc.text(INVOICE.noNbpRate, MARGIN, doc.y + 2, { width });
    return;
  }
  const perRate = totals.byRate.map((b) => `${rate(b.vatRate)}: ${formatMoney(toPln(b.vat, r), 'PLN')}`).join('; ');
  doc.text(INVOICE.vatInPlnTotal(perRate, formatMoney(toPln(totals.vat, r), 'PLN')), MARGIN, doc.y + 2, { width });
  doc.text(
    INVOICE.nbpRate(dayText(r.effectiveOn), inv.currency, formatRate(r.plnPerUnitTimes10000)),
    MARGIN,
    doc.y + 2,
    { width },
  );
}

/** Renders the invoice; amounts and the per-rate summary come from invoiceTotals(lines). */
export function renderInvoicePdf(inv: InvoiceInput): Promise<Buffer> {
  const totals = invoiceTotals(inv.lines);
  const doc = createPdf({ title: `${INVOICE.title} ${inv.number}`, date: inv.issueDate, margin: MARGIN });
  bufferPages(doc);
  return pdfToBuffer(doc, () => {
    drawHeading(doc, inv);
    const partiesTop = MARGIN + 70;
    const sellerBottom = drawParty(doc, INVOICE.seller, inv.seller, MARGIN, partiesTop);
    const buyerBottom = drawParty(doc, INVOICE.buyer, inv.buyer, MARGIN + 270, partiesTop);
    const tableBottom = drawLines(doc, totals, Math.max(sellerBottom, buyerBottom) + 24);
    const summaryBottom = drawRateSummary(doc, totals, tableBottom);
    drawPayment(doc, inv, totals.gross, summaryBottom);
    drawVatInPln(doc, inv, totals);
    writeFooters(doc, (page, total) => INVOICE.footer(inv.number, page, total));
  });
}
