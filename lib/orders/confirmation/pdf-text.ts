// Running-text layout for the contract documents (pdfkit): headings, paragraphs, numbered and
// bulleted lists, a line to fill in by hand, the order's block, and "page n of m" footers. A
// document in another language than Polish is a courtesy translation: a framed warning on the
// first page and a mark at the head of every page say that only the Polish original binds.
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { bufferPages, writeFooters } from '@/lib/invoices/pdf-layout';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import { messages, type Locale } from '@/lib/i18n';
import type { Seller } from '@/lib/invoices/seller';
import { sellerRegistration } from '@/lib/legal/shared-text';
import type { ContractFacts } from './facts';

const MARGIN = 56;
const GREY = '#555555';

/** A finished A4 document in `locale`: `draw` writes the body, every page gets the titled footer. */
export function contractPdf(
  title: string,
  date: Date,
  draw: (doc: PdfDocument) => void,
  locale: Locale = 'pl',
): Promise<Buffer> {
  const m = messages(locale).contract.pdf;
  const doc = createPdf({ title, date, margin: MARGIN });
  bufferPages(doc);
  return pdfToBuffer(doc, (d) => {
    if (locale !== 'pl') courtesyBanner(d, m.courtesy.banner);
    draw(d);
    if (locale !== 'pl') courtesyHeaders(d, m.courtesy.header);
    writeFooters(d, (page, total) => m.footer(title, page, total));
  });
}

const WARN_FRAME = '#b45309';
const WARN_TEXT = '#7c2d12';

/** The warning on top of the first page, framed and bold, before anything else is read. */
function courtesyBanner(doc: PdfDocument, text: string): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const pad = 8;
  doc.font('bold').fontSize(9.5);
  const height = doc.heightOfString(text, { width: width - 2 * pad }) + 2 * pad;
  const top = doc.y;
  doc.save().lineWidth(1.2).strokeColor(WARN_FRAME).rect(left, top, width, height).stroke().restore();
  doc.fillColor(WARN_TEXT).text(text, left + pad, top + pad, { width: width - 2 * pad });
  doc.fillColor('black').font('regular');
  doc.x = left;
  doc.y = top + height + 14;
}

/** The same mark at the head of every page, so that a single printed page still says what it is. */
function courtesyHeaders(doc: PdfDocument, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins, width } = doc.page;
    doc
      .font('bold')
      .fontSize(7.5)
      .fillColor(WARN_TEXT)
      .text(text, margins.left, margins.top - 26, {
        width: width - margins.left - margins.right,
        align: 'right',
        lineBreak: false,
      });
    doc.fillColor('black');
  }
}

export function title(doc: PdfDocument, text: string, lead?: string): void {
  doc.font('bold').fontSize(15).fillColor('black').text(text, { align: 'left' });
  if (lead) doc.moveDown(0.3).font('regular').fontSize(9).fillColor(GREY).text(lead).fillColor('black');
  doc.moveDown(0.8);
}

export function heading(doc: PdfDocument, text: string): void {
  // Keep a heading with at least two lines of what follows it.
  if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(0.4).font('bold').fontSize(11).text(text).moveDown(0.3).font('regular');
}

export function paragraph(doc: PdfDocument, text: string, opts: { size?: number; grey?: boolean } = {}): void {
  doc
    .font('regular')
    .fontSize(opts.size ?? 10)
    .fillColor(opts.grey ? GREY : 'black')
    .text(text, { align: 'left', lineGap: 1.5 })
    .fillColor('black')
    .moveDown(0.4);
}

/** Items with a marker ("1.", "a)", "•") hanging to the left of wrapped text. */
export function list(doc: PdfDocument, items: readonly string[], marker: (i: number) => string, indent = 0): void {
  const left = doc.page.margins.left + indent;
  const width = doc.page.width - doc.page.margins.right - left - 18;
  for (const [i, item] of items.entries()) {
    doc.font('regular').fontSize(10);
    const y = doc.y;
    doc.text(marker(i), left, y, { width: 18, lineBreak: false });
    doc.text(item, left + 18, y, { width, lineGap: 1.5 });
    doc.moveDown(0.25);
  }
  doc.x = doc.page.margins.left;
  doc.moveDown(0.2);
}

/** A label with a dotted line to fill in by hand. */
export function blank(doc: PdfDocument, label: string): void {
  doc.moveDown(0.6).font('regular').fontSize(10).text(label);
  const y = doc.y + 16;
  const { left, right } = doc.page.margins;
  doc
    .moveTo(left, y)
    .lineTo(doc.page.width - right, y)
    .dash(1.5, { space: 2 })
    .lineWidth(0.6)
    .strokeColor('#777777')
    .stroke()
    .undash();
  doc.y = y + 8;
}

/** The order and the parties: what was bought, for how much, from whom (art. 12 ust. 1 u.p.k.). */
export function orderBlock(
  doc: PdfDocument,
  f: ContractFacts,
  s: Seller,
  locale: Locale = 'pl',
  withItems = true,
): void {
  const m = messages(locale);
  const t = m.contract.pdf.order;
  heading(doc, t.heading);
  paragraph(doc, f.contract ? m.languageSignup.contractFormNumber(f.number) : t.number(f.number));
  paragraph(doc, t.concluded(formatDateTime(f.termsAcceptedAt, locale)));
  paragraph(doc, t.buyer(f.buyerName));
  if (withItems) {
    paragraph(doc, t.items);
    list(
      doc,
      f.items.map((i) => t.item(i.name, i.quantity, formatMoney(i.totalGross, f.currency, locale))),
      () => '•',
    );
    paragraph(doc, t.total(formatMoney(f.totalGross, f.currency, locale)));
  }
  paragraph(doc, t.seller);
  const lines = [s.name, s.addressLines.join(', '), t.sellerIds(s.nip, s.krs), sellerRegistration(s, locale)];
  paragraph(doc, [...lines.filter((l) => l !== null), t.sellerContact(s.complaintsEmail, s.phone)].join('\n'));
}
