// Running-text layout for the contract documents (pdfkit): headings, paragraphs, numbered and
// bulleted lists, a line to fill in by hand, the order's block, and "page n of m" footers. A
// document in another language than Polish is a courtesy translation: a framed warning on the
// first page and a mark at the head of every page say that only the Polish original binds.
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { drawCourtesyBanner, writeCourtesyHeaders } from '@/lib/pdf/courtesy';
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
    if (locale !== 'pl') drawCourtesyBanner(d, m.courtesy.banner);
    draw(d);
    if (locale !== 'pl') writeCourtesyHeaders(d, m.courtesy.header);
    writeFooters(d, (page, total) => m.footer(title, page, total));
  });
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
