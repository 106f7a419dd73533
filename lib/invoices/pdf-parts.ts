// The pieces every sales document PDF is drawn from — the heading, the parties, the lines table
// with its money cells, the VAT in PLN of a foreign-currency document — shared by the invoice
// (lib/invoices/pdf.ts) and the correcting invoice (lib/invoices/correction-pdf.ts).
import { INVOICE } from './legal-wording';
import type { PdfDocument } from '@/lib/pdf/document';
import { divRoundHalfUp, formatMoney, type Currency } from '@/lib/format/money';
import { formatRate } from '@/lib/format/rate';
import type { TaxLine, TaxedLine } from '@/lib/invoices/tax/vat';
import { drawRow, pageBottom, ensureSpace, rowHeight, type Column } from '@/lib/invoices/pdf-layout';

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

export type PlnRate = { plnPerUnitTimes10000: number; effectiveOn: string };

/** A foreign-currency amount (minor units) in grosze at `rate`, rounded half up. */
export function toPln(minor: number, rate: PlnRate): number {
  return divRoundHalfUp(minor * rate.plnPerUnitTimes10000, 10_000);
}

export const MARGIN = 40;
export const GREY = '#555555';
export const HEADER_FILL = '#ececec';
/** Width between the A4 margins. */
export const CONTENT_WIDTH = 515;

// Widths add up to the 515 pt between A4 margins; money columns are right-aligned and hold
// "12 345,00 zł" on one line at 8 pt (the table writes £ and $ for GBP and USD to stay narrow).
export const COLUMNS: readonly Column[] = [
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
/** Summary rows start under "Rabat". */
export const SUMMARY_FROM = 5;

export const rate = (r: number) => `${r}%`;
const dayText = (isoDay: string) => isoDay.split('-').reverse().join('.');

const cellFormats = new Map<string, Intl.NumberFormat>();
/**
 * An amount in a table cell: "1039,00 £", "699,00 €", "4999,00 zł" (the totals line names the
 * code); a negative one (a correction's difference) with a real minus sign: "−230,00 €".
 */
export function cellMoney(minor: number, currency: string): string {
  let f = cellFormats.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('pl-PL', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
    cellFormats.set(currency, f);
  }
  return minor < 0 ? `−${f.format(-minor / 100)}` : f.format(minor / 100);
}

/** A whole amount in running text with its currency code's symbol ("−1 234,50 zł"). */
export function signedMoney(minor: number, currency: string): string {
  return minor < 0 ? `−${formatMoney(-minor, currency)}` : formatMoney(minor, currency);
}

const countryNames = new Intl.DisplayNames('pl', { type: 'region' });
/** The address lines, then the country's Polish name when it is abroad. */
const addressOf = (p: { addressLines: readonly string[]; country?: string | null }) =>
  p.country && p.country !== 'PL' ? [...p.addressLines, countryNames.of(p.country) ?? p.country] : p.addressLines;

export type Heading = {
  title: string;
  subtitle: string;
  /** Under the subtitle (the document's KSeF number). */
  note?: string;
  meta: readonly (readonly [string, string])[];
};

/** Title and number on the left, dates and place on the right, a rule under both; returns the rule's y. */
export function drawHeading(doc: PdfDocument, h: Heading): number {
  const top = MARGIN;
  // 20 pt, smaller for a title that would run into the dates on the right ("Faktura korygująca").
  let size = 20;
  doc.font('bold');
  while (doc.fontSize(size).widthOfString(h.title) > 265) size -= 0.5;
  doc.fillColor('black').text(h.title, MARGIN, top);
  doc
    .font('regular')
    .fontSize(12)
    .text(h.subtitle, MARGIN, top + 28);
  if (h.note) doc.fontSize(8.5).text(h.note, MARGIN, top + 45, { width: 270, lineBreak: false });
  // Right of the title.
  const x = 320;
  // A row is 13 pt, more when a label carries its translation on a second line.
  let y = top + 2;
  for (const [label, value] of h.meta) {
    doc.font('regular').fontSize(8.5).fillColor(GREY).text(label, x, y, { width: 115, align: 'right' });
    const labelBottom = doc.y;
    doc.fillColor('black').text(value, x + 120, y, { width: 115, align: 'right' });
    y = Math.max(y + 13, labelBottom + 3);
  }
  const ruleY = Math.max(top + 58, y + 4);
  doc
    .moveTo(MARGIN, ruleY)
    .lineTo(doc.page.width - MARGIN, ruleY)
    .lineWidth(0.7)
    .strokeColor('#999999')
    .stroke();
  return ruleY;
}

/** One party's block (label, name, address, NIP, bank account); returns its bottom. */
export function drawParty(doc: PdfDocument, label: string, p: InvoiceParty, x: number, y: number): number {
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

/** Seller on the left, buyer on the right; returns the lower bottom. */
export function drawParties(
  doc: PdfDocument,
  seller: InvoiceParty,
  buyer: InvoiceParty,
  buyerLabel: string,
  y: number,
  sellerLabel: string = INVOICE.seller,
) {
  return Math.max(drawParty(doc, sellerLabel, seller, MARGIN, y), drawParty(doc, buyerLabel, buyer, MARGIN + 270, y));
}

function drawTableHeader(doc: PdfDocument, y: number, header: readonly string[]): number {
  doc.font('bold').fontSize(7);
  return y + drawRow(doc, MARGIN, y, COLUMNS, header, { fill: HEADER_FILL });
}

/** The cells of one invoice line, as the invoice and both tables of a correction print it. */
export function lineCells(l: TaxedLine<InvoiceLine>, i: number, currency: string): string[] {
  const money = (minor: number) => cellMoney(minor, currency);
  const discount = l.discountGross ?? 0;
  return [
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
}

/** The column header, then one row per line; a row that does not fit goes on a new page under a repeated header. */
export function drawLineTable(
  doc: PdfDocument,
  rows: readonly string[][],
  startY: number,
  header: readonly string[] = INVOICE.columns,
): number {
  let y = drawTableHeader(doc, startY, header);
  for (const cells of rows) {
    doc.font('regular').fontSize(8);
    if (y + rowHeight(doc, COLUMNS, cells) > pageBottom(doc)) {
      doc.addPage();
      y = drawTableHeader(doc, MARGIN, header);
      doc.font('regular').fontSize(8);
    }
    y += drawRow(doc, MARGIN, y, COLUMNS, cells);
  }
  return y;
}

export type SummaryRow = { label: string; net: number; rate: string; vat: number; gross: number; bold: boolean };

/** Rows under the money columns ("Razem", "w tym 23%"), kept together on one page. */
export function drawSummaryRows(doc: PdfDocument, rows: readonly SummaryRow[], currency: string, startY: number) {
  const money = (minor: number) => cellMoney(minor, currency);
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

/** VAT amounts in grosze, per rate and in total, as `drawVatInPln` prints them. */
export type PlnVat = { byRate: readonly { vatRate: number; vat: number }[]; total: number };

/**
 * Art. 106e ust. 11: on a document in a foreign currency the VAT is also stated in PLN, at the
 * NBP rate of the last working day before the sale. `pln` converts the document's VAT at that
 * rate (an invoice its VAT, a correction its change); `plnRate` is null when the staff's table
 * had no rate for the day.
 */
export function drawVatInPln(
  doc: PdfDocument,
  d: { currency: Currency; plnRate?: PlnRate | null; heading: string },
  pln: (rate: PlnRate) => PlnVat,
): void {
  if (d.currency === 'PLN' || d.plnRate === undefined) return;
  const width = CONTENT_WIDTH;
  doc.moveDown(0.8);
  ensureSpace(doc, 40);
  doc.font('bold').fontSize(9).text(d.heading, MARGIN, doc.y, { width });
  doc.font('regular').fontSize(9);
  const r = d.plnRate;
  if (!r) {
    doc.text(INVOICE.noNbpRate, MARGIN, doc.y + 2, { width });
    return;
  }
  const { byRate, total } = pln(r);
  const perRate = byRate.map((b) => `${rate(b.vatRate)}: ${signedMoney(b.vat, 'PLN')}`).join('; ');
  doc.text(INVOICE.vatInPlnTotal(perRate, signedMoney(total, 'PLN')), MARGIN, doc.y + 2, { width });
  doc.text(INVOICE.nbpRate(dayText(r.effectiveOn), d.currency, formatRate(r.plnPerUnitTimes10000)), MARGIN, doc.y + 2, {
    width,
  });
}
