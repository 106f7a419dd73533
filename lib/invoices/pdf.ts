// The VAT invoice as an A4 PDF (art. 106e of the VAT Act: number, dates, parties with NIP, lines
// with gross price/discount/net/rate/VAT/gross, totals per rate), and the consumer's purchase
// confirmation drawn the same way under its own title. All sums come from invoiceTotals, none
// are computed here; every amount carries its currency.
import { INVOICE, RECEIPT } from './legal-wording';
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { divRoundHalfUp, formatMoney, type Currency } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { invoiceTotals, type InvoiceTotals, type TaxLine } from '@/lib/invoices/tax/vat';
import { amountInWords } from '@/lib/invoices/amount-in-words';
import { formatRate } from '@/lib/format/rate';
import type { KsefMark } from '@/lib/invoices/ksef/qr';
import {
  bufferPages,
  drawRow,
  ensureSpace,
  pageBottom,
  rowHeight,
  writeFooters,
  type Column,
} from '@/lib/invoices/pdf-layout';

export type InvoiceParty = {
  name: string;
  nip?: string | null;
  addressLines: readonly string[];
  /** ISO code; printed by its Polish name when it is not Poland. */
  country?: string | null;
  bankAccount?: string;
};
/** `discountLabel` names the line's discount (e.g. "Rabat dla rodzeństwa") under its name. */
export type InvoiceLine = TaxLine & { unit: string; discountLabel?: string };

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

export type { KsefMark };
export type PlnRate = { plnPerUnitTimes10000: number; effectiveOn: string };

/** A foreign-currency amount (minor units) in grosze at `rate`, rounded half up. */
export function toPln(minor: number, rate: PlnRate): number {
  return divRoundHalfUp(minor * rate.plnPerUnitTimes10000, 10_000);
}

const dayText = (isoDay: string) => isoDay.split('-').reverse().join('.');

const MARGIN = 40;
const GREY = '#555555';
const HEADER_FILL = '#ececec';

// Widths add up to the 515 pt between A4 margins; money columns are right-aligned and hold
// "12 345,00 zł" on one line at 8 pt (the table writes £ and $ for GBP and USD to stay narrow).
const COLUMNS: readonly Column[] = [
  { width: 20, align: 'center' },
  { width: 109, align: 'left' },
  { width: 26, align: 'right' },
  { width: 24, align: 'center' },
  { width: 62, align: 'right' },
  { width: 56, align: 'right' },
  { width: 62, align: 'right' },
  { width: 36, align: 'center' },
  { width: 58, align: 'right' },
  { width: 62, align: 'right' },
];
const HEADERS = INVOICE.columns;
const SUMMARY_FROM = 5; // summary rows start under "Rabat"

const rate = (r: number) => `${r}%`;
const cellFormats = new Map<string, Intl.NumberFormat>();
/** An amount in a table cell: "1039,00 £", "699,00 €", "4999,00 zł" (the totals line names the code). */
function cellMoney(minor: number, currency: string): string {
  let f = cellFormats.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('pl-PL', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
    cellFormats.set(currency, f);
  }
  return f.format(minor / 100);
}
const countryNames = new Intl.DisplayNames('pl', { type: 'region' });
/** The address lines, then the country's Polish name when it is abroad. */
const addressOf = (p: { addressLines: readonly string[]; country?: string | null }) =>
  p.country && p.country !== 'PL' ? [...p.addressLines, countryNames.of(p.country) ?? p.country] : p.addressLines;

const isReceipt = (inv: InvoiceInput) => inv.kind === 'RECEIPT';

function drawHeading(doc: PdfDocument, inv: InvoiceInput): void {
  const top = MARGIN;
  const receipt = isReceipt(inv);
  doc
    .font('bold')
    .fontSize(20)
    .text(receipt ? RECEIPT.title : INVOICE.title, MARGIN, top);
  doc
    .font('regular')
    .fontSize(12)
    .text(receipt ? RECEIPT.number(inv.orderNumber ?? inv.number) : INVOICE.number(inv.number), MARGIN, top + 28);
  const meta: [string, string][] = receipt
    ? [
        [INVOICE.place, inv.place],
        [RECEIPT.saleDate, formatDate(inv.saleDate)],
      ]
    : [
        [INVOICE.place, inv.place],
        [INVOICE.issueDate, formatDate(inv.issueDate)],
        [INVOICE.saleDate, formatDate(inv.saleDate)],
        ...(inv.orderNumber ? [[INVOICE.orderRef, inv.orderNumber] as [string, string]] : []),
      ];
  // Right of the title (even "Potwierdzenie zakupu" at 20 pt ends before x = 290).
  const x = 320;
  meta.forEach(([label, value], i) => {
    const y = top + 2 + i * 13;
    doc.font('regular').fontSize(8.5).fillColor(GREY).text(label, x, y, { width: 115, align: 'right' });
    doc.fillColor('black').text(value, x + 120, y, { width: 115, align: 'right' });
  });
  doc
    .moveTo(MARGIN, top + 58)
    .lineTo(doc.page.width - MARGIN, top + 58)
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
  for (const line of addressOf(p)) doc.text(line, x, doc.y + 1, { width });
  if (p.nip) doc.text(INVOICE.nip(p.nip), x, doc.y + 3, { width });
  if (p.bankAccount) doc.text(INVOICE.bankAccount(p.bankAccount), x, doc.y + 1, { width });
  return doc.y;
}

function drawTableHeader(doc: PdfDocument, y: number): number {
  doc.font('bold').fontSize(7);
  return y + drawRow(doc, MARGIN, y, COLUMNS, [...HEADERS], { fill: HEADER_FILL });
}

function drawLines(doc: PdfDocument, inv: InvoiceInput, totals: InvoiceTotals<InvoiceLine>, startY: number): number {
  const money = (minor: number) => cellMoney(minor, inv.currency);
  let y = drawTableHeader(doc, startY);
  totals.lines.forEach((l, i) => {
    const discount = l.discountGross ?? 0;
    const cells = [
      String(i + 1),
      discount > 0 && l.discountLabel ? `${l.name}\n${INVOICE.discountOf(l.discountLabel)}` : l.name,
      String(l.quantity),
      l.unit,
      money(l.unitGross),
      discount > 0 ? `−${money(discount)}` : '—',
      money(l.net),
      rate(l.vatRate),
      money(l.vat),
      money(l.gross),
    ];
    doc.font('regular').fontSize(8);
    if (y + rowHeight(doc, COLUMNS, cells) > pageBottom(doc)) {
      doc.addPage();
      y = drawTableHeader(doc, MARGIN);
      doc.font('regular').fontSize(8);
    }
    y += drawRow(doc, MARGIN, y, COLUMNS, cells);
  });
  return y;
}

function drawRateSummary(
  doc: PdfDocument,
  inv: InvoiceInput,
  totals: InvoiceTotals<InvoiceLine>,
  startY: number,
): number {
  const money = (minor: number) => cellMoney(minor, inv.currency);
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
    doc.font(r.bold ? 'bold' : 'regular').fontSize(r.bold ? 7.5 : 8); // bold is wider: keeps 6-digit sums on one line
    y += drawRow(doc, MARGIN, y, COLUMNS, [r.label, money(r.net), r.rate, money(r.vat), money(r.gross)], {
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
  const width = doc.page.width - 2 * MARGIN;
  doc.moveDown(1.2);
  ensureSpace(doc, 70);
  doc.font('bold').fontSize(9).text(RECEIPT.notInvoice, MARGIN, doc.y, { width });
  doc.font('regular').fontSize(8.5).fillColor(GREY);
  doc.text(RECEIPT.cashRegister, MARGIN, doc.y + 3, { width });
  if (inv.invoiceRequestUntil)
    doc.text(RECEIPT.requestInvoice(formatDate(inv.invoiceRequestUntil)), MARGIN, doc.y + 3, { width });
  doc.fillColor('black');
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

/** Renders the invoice (or the receipt); amounts and the per-rate summary come from invoiceTotals(lines). */
export function renderInvoicePdf(inv: InvoiceInput): Promise<Buffer> {
  const totals = invoiceTotals(inv.lines);
  const receipt = isReceipt(inv);
  const ref = inv.orderNumber ?? inv.number;
  const title = receipt ? `${RECEIPT.title} ${ref}` : `${INVOICE.title} ${inv.number}`;
  const doc = createPdf({ title, date: inv.issueDate, margin: MARGIN });
  bufferPages(doc);
  return pdfToBuffer(doc, () => {
    drawHeading(doc, inv);
    const partiesTop = MARGIN + 72;
    const sellerBottom = drawParty(doc, INVOICE.seller, inv.seller, MARGIN, partiesTop);
    let buyerBottom = drawParty(doc, receipt ? RECEIPT.buyer : INVOICE.buyer, inv.buyer, MARGIN + 270, partiesTop);
    if (inv.shipTo)
      buyerBottom = drawParty(doc, INVOICE.shipTo, { ...inv.shipTo, nip: null }, MARGIN + 270, buyerBottom + 10);
    const tableBottom = drawLines(doc, inv, totals, Math.max(sellerBottom, buyerBottom) + 24);
    const summaryBottom = drawRateSummary(doc, inv, totals, tableBottom);
    drawPayment(doc, inv, totals.gross, summaryBottom);
    drawVatInPln(doc, inv, totals);
    drawReceiptNotes(doc, inv);
    writeFooters(doc, (page, total) =>
      receipt ? RECEIPT.footer(ref, page, total) : INVOICE.footer(inv.number, page, total),
    );
  });
}
