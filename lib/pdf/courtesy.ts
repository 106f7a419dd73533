// The marks of a courtesy translation on a PDF: a framed warning where the body begins and a line
// at the head of every page, so that a single printed page still says it does not bind. Used by
// every translated document (the contract documents, the data-processing agreement).
import type { PdfDocument } from './document';

const FRAME = '#b45309';
const TEXT = '#7c2d12';

/** The framed, bold warning at the current position, across the text width; the body follows it. */
export function drawCourtesyBanner(doc: PdfDocument, text: string): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const pad = 8;
  doc.font('bold').fontSize(9.5);
  const height = doc.heightOfString(text, { width: width - 2 * pad }) + 2 * pad;
  const top = doc.y;
  doc.save().lineWidth(1.2).strokeColor(FRAME).rect(left, top, width, height).stroke().restore();
  doc.fillColor(TEXT).text(text, left + pad, top + pad, { width: width - 2 * pad, align: 'left' });
  doc.fillColor('black').font('regular');
  doc.x = left;
  doc.y = top + height + 16;
}

/** `text` at the head of every buffered page, right-aligned above the top margin. */
export function writeCourtesyHeaders(doc: PdfDocument, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins, width } = doc.page;
    doc
      .font('bold')
      .fontSize(7.5)
      .fillColor(TEXT)
      .text(text, margins.left, margins.top - 26, {
        width: width - margins.left - margins.right,
        align: 'right',
        lineBreak: false,
      });
    doc.fillColor('black');
  }
}
