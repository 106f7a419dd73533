// A plain printable table for pdfkit: wrapped cells, grid lines, the header repeated on every
// page, and a row never split across pages (a login and its password stay together).
import path from 'node:path';
import { FONT_REGULAR, type PdfDocument } from '@/lib/pdf/document';

/** 'mono' (DejaVu Sans Mono) for logins and passwords: 0/O and 1/l/I are unmistakable in it. */
export type PdfColumn = { header: string; width: number; align?: 'left' | 'right' | 'center'; font?: 'mono' };

export function registerMonoFont(doc: PdfDocument): void {
  doc.registerFont('mono', path.join(path.dirname(FONT_REGULAR), 'DejaVuSansMono.ttf'));
}

const PAD = 4;
const LINE = '#9aa4b2';

export function drawTable(doc: PdfDocument, columns: PdfColumn[], rows: string[][], fontSize = 9): void {
  const left = doc.page.margins.left;
  const totalWidth = columns.reduce((s, c) => s + c.width, 0);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  let y = doc.y;

  const fontOf = (c: PdfColumn, rowFont: string) => (rowFont === 'bold' ? 'bold' : (c.font ?? rowFont));
  const rowHeight = (cells: string[], rowFont: string) => {
    const heights = columns.map((c, i) => {
      doc.font(fontOf(c, rowFont)).fontSize(fontSize);
      return doc.heightOfString(cells[i] ?? '', { width: c.width - 2 * PAD });
    });
    return Math.max(...heights) + 2 * PAD;
  };

  const drawRow = (cells: string[], rowFont: string, fill?: string) => {
    const height = rowHeight(cells, rowFont);
    if (fill) doc.rect(left, y, totalWidth, height).fill(fill);
    doc.fillColor('black');
    let x = left;
    columns.forEach((c, i) => {
      doc
        .font(fontOf(c, rowFont))
        .fontSize(fontSize)
        .text(cells[i] ?? '', x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align ?? 'left' });
      x += c.width;
    });
    doc.lineWidth(0.5).strokeColor(LINE).rect(left, y, totalWidth, height).stroke();
    x = left;
    for (const c of columns.slice(0, -1)) {
      x += c.width;
      doc
        .moveTo(x, y)
        .lineTo(x, y + height)
        .stroke();
    }
    y += height;
  };

  const header = columns.map((c) => c.header);
  drawRow(header, 'bold', '#e8eef7');
  for (const row of rows) {
    if (y + rowHeight(row, 'regular') > bottom()) {
      doc.addPage();
      y = doc.page.margins.top;
      drawRow(header, 'bold', '#e8eef7');
    }
    drawRow(row, 'regular');
  }
  doc.font('regular').fillColor('black');
  doc.x = left;
  doc.y = y + 10;
}
