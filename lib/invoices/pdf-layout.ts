// Small layout helpers shared by the invoice and the agreement PDFs (pdfkit has no table that
// keeps right-aligned money columns and repeats headers the way an invoice needs).
import type { PdfDocument } from '@/lib/pdf/document';

export type Column = { width: number; align: 'left' | 'right' | 'center' };

const PAD_X = 3;
const PAD_Y = 3;

function cellHeight(doc: PdfDocument, text: string, col: Column): number {
  return doc.heightOfString(text, { width: col.width - 2 * PAD_X, align: col.align });
}

/** Height a row of `cells` takes at the current font, padding included. */
export function rowHeight(doc: PdfDocument, columns: readonly Column[], cells: readonly string[]): number {
  return Math.max(...cells.map((c, i) => cellHeight(doc, c, columns[i]))) + 2 * PAD_Y;
}

/** Draws one row at (x, y) with optional fill and cell borders; returns its height. Text wraps per cell. */
export function drawRow(
  doc: PdfDocument,
  x: number,
  y: number,
  columns: readonly Column[],
  cells: readonly string[],
  opts: { fill?: string; border?: boolean; from?: number } = {},
): number {
  // `from` lets a row start at a later column (summary rows under the money columns).
  const from = opts.from ?? 0;
  const cols = columns.slice(from, from + cells.length);
  const h = rowHeight(doc, cols, cells);
  let cx = x + columns.slice(0, from).reduce((s, c) => s + c.width, 0);
  for (let i = 0; i < cells.length; i++) {
    const col = cols[i];
    if (opts.fill) doc.rect(cx, y, col.width, h).fill(opts.fill).fillColor('black');
    if (opts.border !== false) doc.rect(cx, y, col.width, h).lineWidth(0.5).strokeColor('#888888').stroke();
    doc.text(cells[i], cx + PAD_X, y + PAD_Y, { width: col.width - 2 * PAD_X, align: col.align, lineBreak: true });
    cx += col.width;
  }
  return h;
}

/** Bottom of the writable area of the current page. */
export function pageBottom(doc: PdfDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit below the cursor; returns true if it did. */
export function ensureSpace(doc: PdfDocument, height: number): boolean {
  if (doc.y + height <= pageBottom(doc)) return false;
  doc.addPage();
  return true;
}

/**
 * Keeps pages in memory so every footer can say "strona 2 z 3". Call right after createPdf,
 * before anything is drawn; pdfkit reads this option at each page break.
 */
export function bufferPages(doc: PdfDocument): void {
  doc.options.bufferPages = true;
}

/** Writes `footer(page, total)` centred at the foot of every buffered page. */
export function writeFooters(doc: PdfDocument, footer: (page: number, total: number) => string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins, width, height } = doc.page;
    const bottom = margins.bottom;
    // Text below the bottom margin would make pdfkit open a new page; lift the margin meanwhile.
    margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor('#666666')
      .text(footer(i - start + 1, count), margins.left, height - bottom + 18, {
        width: width - margins.left - margins.right,
        align: 'center',
        lineBreak: false,
      });
    margins.bottom = bottom;
    doc.fillColor('black');
  }
}
