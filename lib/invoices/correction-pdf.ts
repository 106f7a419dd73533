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
import { glossOf, type Gloss } from '@/lib/invoices/pdf-gloss';
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

function drawReference(doc: PdfDocument, s: CorrectionSnapshot, y: number, { g, locale }: Gloss): number {
  const { corrected } = s;
  const issued = new Date(corrected.issueDate);
  const ofInvoice = CORRECTION.ofInvoice(corrected.number, formatDate(issued));
  const gloss = g.correction.ofInvoice(corrected.number, formatDate(issued, locale));
  doc
    .font('bold')
    .fontSize(10)
    .fillColor('black')
    .text(gloss ? `${ofInvoice} (${gloss})` : ofInvoice, MARGIN, y, { width: CONTENT_WIDTH });
  if (corrected.ksefNumber) {
    const ksefLine = CORRECTION.correctedKsef(corrected.ksefNumber);
    const ksefGloss = g.correction.correctedKsef;
    doc
      .font('regular')
      .fontSize(9)
      .text(ksefGloss ? `${ksefLine} (${ksefGloss})` : ksefLine, MARGIN, doc.y + 2);
  }
  return doc.y;
}

function drawReason(doc: PdfDocument, reason: string, y: number, { g, inline }: Gloss): number {
  const label = inline(CORRECTION.reason, g.correction.reason);
  doc.font('bold').fontSize(9).fillColor('black').text(label, MARGIN, y, { continued: true });
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

function drawLinesSection(
  doc: PdfDocument,
  title: string,
  totals: Totals,
  currency: string,
  y: number,
  gloss: Gloss,
): number {
  const top = drawSectionTitle(doc, title, y);
  const rows = totals.lines.map((l, i) => lineCells(l, i, currency));
  const bottom = drawLineTable(doc, rows, top, lineHeader(gloss));
  const label = gloss.below(INVOICE.total, gloss.g.total);
  return drawSummaryRows(doc, [{ label, ...pick(totals), rate: '', bold: true }], currency, bottom);
}

const lineHeader = ({ g, below }: Gloss) => INVOICE.columns.map((c, i) => below(c, g.columns[i] ?? ''));

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

function drawDifferenceSection(
  doc: PdfDocument,
  before: Totals,
  after: Totals,
  currency: string,
  y: number,
  gloss: Gloss,
) {
  const top = drawSectionTitle(doc, gloss.inline(CORRECTION.difference, gloss.g.correction.difference), y);
  const rows = after.lines.map((a, i) => differenceCells(before.lines[i], a, i, currency));
  const bottom = drawLineTable(doc, rows, top, lineHeader(gloss));
  const d = minus(after, before);
  const label = gloss.below(INVOICE.total, gloss.g.total);
  return drawSummaryRows(doc, [{ label, ...d, rate: '', bold: true }], currency, bottom);
}

/** Per VAT rate and in total: before, after and the difference (art. 106j ust. 2 pkt 5). */
function drawByRate(
  doc: PdfDocument,
  before: Totals,
  after: Totals,
  currency: string,
  y: number,
  { g, inline, below }: Gloss,
): number {
  const c = g.correction;
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
  const totals = [
    inline(CORRECTION.totalBefore, c.totalBefore),
    inline(CORRECTION.totalAfter, c.totalAfter),
    inline(CORRECTION.totalDifference, c.totalDifference),
  ] as const;
  const perRate = [
    inline(CORRECTION.rowBefore, c.rowBefore),
    inline(CORRECTION.rowAfter, c.rowAfter),
    inline(CORRECTION.rowDifference, c.rowDifference),
  ] as const;
  // One rate (the usual case): its rows would repeat the totals, so the totals name the rate.
  const rows =
    rates.length === 1
      ? group(totals, rate(rates[0]), before, after)
      : [
          ...rates.flatMap((r) => group(perRate, rate(r), of(before, r), of(after, r))),
          ...group(totals, '', before, after),
        ];
  let top = drawSectionTitle(doc, inline(CORRECTION.byRate, c.byRate), y);
  const headerCells = CORRECTION.byRateColumns.map((h, i) => below(h, c.byRateColumns[i] ?? ''));
  const header = () => {
    doc.font('bold').fontSize(7);
    return drawRow(doc, MARGIN, top, RATE_COLUMNS, headerCells, { fill: HEADER_FILL });
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

function drawAmountDue(doc: PdfDocument, s: CorrectionSnapshot, difference: number, y: number, { g }: Gloss): void {
  doc.y = y + 18;
  ensureSpace(doc, 50);
  const amount = formatMoney(Math.abs(difference), s.currency);
  const polish = difference <= 0 ? CORRECTION.toReturn : CORRECTION.toPay;
  const gloss = difference <= 0 ? g.correction.toReturn : g.correction.toPay;
  // "Kwota do zwrotu: 10,00 zł" is one sentence: its gloss goes before the amount.
  const line = gloss ? `${polish('').replace(/:\s*$/, '')} / ${gloss}: ${amount}` : polish(amount);
  doc.font('bold').fontSize(12).fillColor('black').text(line, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc
    .font('regular')
    .fontSize(9)
    .text(INVOICE.inWords(amountInWords(Math.abs(difference), s.currency)), MARGIN, doc.y + 3, {
      width: CONTENT_WIDTH,
    });
}

/** Renders a numbered correcting invoice; `ksef` adds its KSeF number and codes. */
/** `locale`: the reader's; the document stays Polish, glossed for another language (lib/invoices/pdf-gloss.ts). */
export function renderCorrectionPdf(s: CorrectionSnapshot, ksef?: KsefMark, locale?: string): Promise<Buffer> {
  if (!s.number || !s.issueDate) throw new Error('A correcting invoice is printed only once numbered');
  if (s.before.length !== s.after.length) throw new Error('Correction lines before and after do not pair up');
  const number = s.number;
  const before = invoiceTotals(s.before);
  const after = invoiceTotals(s.after);
  const issueDate = new Date(s.issueDate);
  const doc = createPdf({ title: `${CORRECTION.title} ${number}`, date: issueDate, margin: MARGIN });
  bufferPages(doc);
  const gloss = glossOf(locale);
  const { g, inline, below } = gloss;
  return pdfToBuffer(doc, () => {
    const ruleY = drawHeading(doc, {
      title: inline(CORRECTION.title, g.correctionTitle),
      subtitle: CORRECTION.number(number),
      note: ksefNumberNote(ksef),
      meta: [
        [below(INVOICE.place, g.place), s.place],
        [below(INVOICE.issueDate, g.issueDate), formatDate(issueDate)],
        [below(INVOICE.saleDate, g.saleDate), formatDate(new Date(s.corrected.saleDate))],
        ...(s.orderNumber ? [[below(INVOICE.orderRef, g.orderRef), s.orderNumber] as const] : []),
      ],
    });
    const referenceBottom = drawReference(doc, s, Math.max(MARGIN + 70, ruleY + 12), gloss);
    const parties = { seller: inline(INVOICE.seller, g.seller), buyer: inline(INVOICE.buyer, g.buyer) };
    const partiesBottom = drawParties(doc, s.seller, s.buyer, parties.buyer, referenceBottom + 14, parties.seller);
    let y = drawReason(doc, s.reason, partiesBottom + 16, gloss);
    y = drawLinesSection(doc, inline(CORRECTION.before, g.correction.before), before, s.currency, y + 12, gloss);
    y = drawLinesSection(doc, inline(CORRECTION.after, g.correction.after), after, s.currency, y + 14, gloss);
    y = drawDifferenceSection(doc, before, after, s.currency, y + 14, gloss);
    y = drawByRate(doc, before, after, s.currency, y + 14, gloss);
    drawAmountDue(doc, s, after.gross - before.gross, y, gloss);
    const heading = below(CORRECTION.vatInPln, g.correction.vatInPln);
    drawVatInPln(doc, { currency: s.currency, plnRate: s.plnRate, heading }, (r) => ({
      byRate: after.byRate.map((a) => ({
        vatRate: a.vatRate,
        vat: toPln(a.vat, r) - toPln(before.byRate.find((b) => b.vatRate === a.vatRate)?.vat ?? 0, r),
      })),
      total: toPln(after.vat, r) - toPln(before.vat, r),
    }));
    if (ksef) drawKsefMarks(doc, ksef);
    if (g.courtesy) {
      doc.moveDown(1.2);
      ensureSpace(doc, 20);
      doc.font('regular').fontSize(8).fillColor('#555555').text(g.courtesy, MARGIN, doc.y, { width: CONTENT_WIDTH });
      doc.fillColor('black');
    }
    writeFooters(doc, (page, total) => {
      const polish = CORRECTION.footer(number, page, total);
      const translated = g.page(page, total);
      return translated ? `${polish} (${translated})` : polish;
    });
  });
}
