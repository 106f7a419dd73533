// The correcting invoice (faktura korygująca, art. 106j of the VAT Act) as an A4 PDF, drawn from
// its frozen snapshot with the invoice's own pieces: the corrected invoice's identity, the
// reason, the lines before and after the correction and their difference, the change per VAT
// rate, and the amount returned. All sums come from invoiceTotals of the lines before and after;
// a difference is "after − before" of those.
import { CORRECTION, INVOICE } from './legal-wording';
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { invoiceTotals, type InvoiceTotals, type TaxedLine, type VatSplit } from '@/lib/invoices/tax/vat';
import { amountInWords } from '@/lib/invoices/amount-in-words';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import type { KsefMark } from '@/lib/invoices/ksef/qr';
import { drawKsefMarks, ksefNumberNote } from '@/lib/invoices/ksef/qr/pdf-marks';
import { bufferPages, drawRow, ensureSpace, pageBottom, writeFooters, type Column } from '@/lib/invoices/pdf-layout';
import {
  CONTENT_WIDTH,
  HEADER_FILL,
  MARGIN,
  cellMoney,
  drawHeading,
  drawLineTable,
  drawParties,
  drawSummaryRows,
  drawVatInPln,
  lineCells,
  rate,
  toPln,
  type InvoiceLine,
} from '@/lib/invoices/pdf-parts';

type Totals = InvoiceTotals<InvoiceLine>;
const pick = (v: VatSplit): VatSplit => ({ net: v.net, vat: v.vat, gross: v.gross });
const minus = (a: VatSplit, b: VatSplit): VatSplit => ({
  net: a.net - b.net,
  vat: a.vat - b.vat,
  gross: a.gross - b.gross,
});

// Label, rate and the three amounts, across the 515 pt between the margins.
const RATE_COLUMNS: readonly Column[] = [
  { width: 215, align: 'left' },
  { width: 60, align: 'center' },
  { width: 80, align: 'right' },
  { width: 80, align: 'right' },
  { width: 80, align: 'right' },
];

function drawReference(doc: PdfDocument, s: CorrectionSnapshot, y: number): number {
  const { corrected } = s;
  doc
    .font('bold')
    .fontSize(10)
    .fillColor('black')
    .text(CORRECTION.ofInvoice(corrected.number, formatDate(new Date(corrected.issueDate))), MARGIN, y, {
      width: CONTENT_WIDTH,
    });
  if (corrected.ksefNumber)
    doc
      .font('regular')
      .fontSize(9)
      .text(CORRECTION.correctedKsef(corrected.ksefNumber), MARGIN, doc.y + 2);
  return doc.y;
}

function drawReason(doc: PdfDocument, reason: string, y: number): number {
  doc.font('bold').fontSize(9).fillColor('black').text(CORRECTION.reason, MARGIN, y, { continued: true });
  doc.font('regular').text(` ${reason}`, { width: CONTENT_WIDTH });
  return doc.y;
}

/** A section title kept with at least the table's header and first row. */
function drawSectionTitle(doc: PdfDocument, title: string, y: number): number {
  doc.y = y;
  if (ensureSpace(doc, 70)) y = MARGIN;
  doc.font('bold').fontSize(9).fillColor('black').text(title, MARGIN, y);
  return doc.y + 4;
}

function drawLinesSection(doc: PdfDocument, title: string, totals: Totals, currency: string, y: number): number {
  const top = drawSectionTitle(doc, title, y);
  const bottom = drawLineTable(
    doc,
    totals.lines.map((l, i) => lineCells(l, i, currency)),
    top,
  );
  return drawSummaryRows(doc, [{ label: INVOICE.total, ...pick(totals), rate: '', bold: true }], currency, bottom);
}

/** The change of each line: what the correction takes off its value, its net, VAT and gross. */
function differenceCells(b: TaxedLine<InvoiceLine>, a: TaxedLine<InvoiceLine>, i: number, currency: string) {
  const money = (minor: number) => cellMoney(minor, currency);
  const d = minus(a, b);
  const discount = (a.discountGross ?? 0) - (b.discountGross ?? 0);
  return [
    String(i + 1),
    a.name,
    '—',
    '—',
    '—',
    discount > 0 ? `−${money(discount)}` : '—',
    money(d.net),
    rate(a.vatRate),
    money(d.vat),
    money(d.gross),
  ];
}

function drawDifferenceSection(doc: PdfDocument, before: Totals, after: Totals, currency: string, y: number) {
  const top = drawSectionTitle(doc, CORRECTION.difference, y);
  const rows = after.lines.map((a, i) => differenceCells(before.lines[i], a, i, currency));
  const bottom = drawLineTable(doc, rows, top);
  const d = minus(after, before);
  return drawSummaryRows(doc, [{ label: INVOICE.total, ...d, rate: '', bold: true }], currency, bottom);
}

/** Per VAT rate and in total: before, after and the difference (art. 106j ust. 2 pkt 5). */
function drawByRate(doc: PdfDocument, before: Totals, after: Totals, currency: string, y: number): number {
  const money = (minor: number) => cellMoney(minor, currency);
  const rates = [...new Set([...before.byRate, ...after.byRate].map((r) => r.vatRate))].sort((x, z) => z - x);
  const zero: VatSplit = { net: 0, vat: 0, gross: 0 };
  const of = (t: Totals, r: number): VatSplit => t.byRate.find((b) => b.vatRate === r) ?? zero;
  type Row = { label: string; rate: string; v: VatSplit; strong: boolean };
  const group = (labels: readonly [string, string, string], r: string, b: VatSplit, a: VatSplit): Row[] => [
    { label: labels[0], rate: r, v: b, strong: false },
    { label: labels[1], rate: r, v: a, strong: false },
    { label: labels[2], rate: r, v: minus(a, b), strong: true },
  ];
  const totals = [CORRECTION.totalBefore, CORRECTION.totalAfter, CORRECTION.totalDifference] as const;
  const perRate = [CORRECTION.rowBefore, CORRECTION.rowAfter, CORRECTION.rowDifference] as const;
  // One rate (the usual case): its rows would repeat the totals, so the totals name the rate.
  const rows =
    rates.length === 1
      ? group(totals, rate(rates[0]), before, after)
      : [
          ...rates.flatMap((r) => group(perRate, rate(r), of(before, r), of(after, r))),
          ...group(totals, '', before, after),
        ];
  let top = drawSectionTitle(doc, CORRECTION.byRate, y);
  const header = () => {
    doc.font('bold').fontSize(7);
    return drawRow(doc, MARGIN, top, RATE_COLUMNS, [...CORRECTION.byRateColumns], { fill: HEADER_FILL });
  };
  top += header();
  for (const row of rows) {
    if (top + 16 > pageBottom(doc)) {
      doc.addPage();
      top = MARGIN;
      top += header();
    }
    doc.font(row.strong ? 'bold' : 'regular').fontSize(row.strong ? 7.5 : 8);
    const cells = [row.label, row.rate, money(row.v.net), money(row.v.vat), money(row.v.gross)];
    top += drawRow(doc, MARGIN, top, RATE_COLUMNS, cells, { fill: row.strong ? HEADER_FILL : undefined });
  }
  return top;
}

function drawAmountDue(doc: PdfDocument, s: CorrectionSnapshot, difference: number, y: number): void {
  doc.y = y + 18;
  ensureSpace(doc, 50);
  const amount = formatMoney(Math.abs(difference), s.currency);
  const line = difference <= 0 ? CORRECTION.toReturn(amount) : CORRECTION.toPay(amount);
  doc.font('bold').fontSize(12).fillColor('black').text(line, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc
    .font('regular')
    .fontSize(9)
    .text(INVOICE.inWords(amountInWords(Math.abs(difference), s.currency)), MARGIN, doc.y + 3, {
      width: CONTENT_WIDTH,
    });
}

/** Renders a numbered correcting invoice; `ksef` adds its KSeF number and codes. */
export function renderCorrectionPdf(s: CorrectionSnapshot, ksef?: KsefMark): Promise<Buffer> {
  if (!s.number || !s.issueDate) throw new Error('A correcting invoice is printed only once numbered');
  if (s.before.length !== s.after.length) throw new Error('Correction lines before and after do not pair up');
  const number = s.number;
  const before = invoiceTotals(s.before);
  const after = invoiceTotals(s.after);
  const issueDate = new Date(s.issueDate);
  const doc = createPdf({ title: `${CORRECTION.title} ${number}`, date: issueDate, margin: MARGIN });
  bufferPages(doc);
  return pdfToBuffer(doc, () => {
    drawHeading(doc, {
      title: CORRECTION.title,
      subtitle: CORRECTION.number(number),
      note: ksefNumberNote(ksef),
      meta: [
        [INVOICE.place, s.place],
        [INVOICE.issueDate, formatDate(issueDate)],
        [INVOICE.saleDate, formatDate(new Date(s.corrected.saleDate))],
        ...(s.orderNumber ? [[INVOICE.orderRef, s.orderNumber] as const] : []),
      ],
    });
    const referenceBottom = drawReference(doc, s, MARGIN + 70);
    const partiesBottom = drawParties(doc, s.seller, s.buyer, INVOICE.buyer, referenceBottom + 14);
    let y = drawReason(doc, s.reason, partiesBottom + 16);
    y = drawLinesSection(doc, CORRECTION.before, before, s.currency, y + 12);
    y = drawLinesSection(doc, CORRECTION.after, after, s.currency, y + 14);
    y = drawDifferenceSection(doc, before, after, s.currency, y + 14);
    y = drawByRate(doc, before, after, s.currency, y + 14);
    drawAmountDue(doc, s, after.gross - before.gross, y);
    drawVatInPln(doc, { currency: s.currency, plnRate: s.plnRate, heading: CORRECTION.vatInPln }, (r) => ({
      byRate: after.byRate.map((a) => ({
        vatRate: a.vatRate,
        vat: toPln(a.vat, r) - toPln(before.byRate.find((b) => b.vatRate === a.vatRate)?.vat ?? 0, r),
      })),
      total: toPln(after.vat, r) - toPln(before.vat, r),
    }));
    if (ksef) drawKsefMarks(doc, ksef);
    writeFooters(doc, (page, total) => CORRECTION.footer(number, page, total));
  });
}
