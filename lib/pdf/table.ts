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
const HEADER_FILL = '#e8eef7';
/**
 * Few texts are narrower than half an em a letter on average (DejaVu Sans' letters and digits
 * are 0.55–0.64 em), so a text longer than that will wrap: it goes to the wrapper unmeasured.
 */
const NARROWEST = 0.5;

/**
 * A cell measured once: its one line's width, or null when it goes through pdfkit's line wrapper
 * (wider than the column, a line break in it, or centred). Most cells (names, dates, results)
 * are one line, and measuring a line is a look-up in the font's layout cache, where the wrapper
 * runs a line breaker and an event emitter per call: a 1000-row report used to run it three times
 * a cell (the height for the page break, the height again, the text). The one-line cells are
 * written where the wrapper would have put them, so the page comes out the same.
 */
type Cell = { text: string; font: string; width: number | null; height: number };
type Row = { cells: Cell[]; height: number };

export function drawTable(doc: PdfDocument, columns: PdfColumn[], rows: string[][], fontSize = 9): void {
  const left = doc.page.margins.left;
  const totalWidth = columns.reduce((s, c) => s + c.width, 0);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  let y = doc.y;
  let top = y; // of the table on this page
  const edges: number[] = []; // the rows' bottoms on this page

  const fontOf = (c: PdfColumn, rowFont: string) => (rowFont === 'bold' ? 'bold' : (c.font ?? rowFont));
  const measure = (texts: string[], rowFont: string): Row => {
    let height = 0;
    const cells = columns.map((c, i): Cell => {
      const text = texts[i] ?? '';
      const font = fontOf(c, rowFont);
      doc.font(font).fontSize(fontSize);
      const inner = c.width - 2 * PAD;
      const oneLine = c.align !== 'center' && !text.includes('\n') && text.length * fontSize * NARROWEST <= inner;
      // A right-aligned line ends at the column's edge without its trailing spaces (pdfkit's _fragment).
      const width = oneLine ? doc.widthOfString(c.align === 'right' ? text.replace(/\s+$/, '') : text) : Infinity;
      const cell =
        width <= inner
          ? { text, font, width, height: text ? doc.currentLineHeight(true) : 0 }
          : { text, font, width: null, height: doc.heightOfString(text, { width: inner }) };
      height = Math.max(height, cell.height);
      return cell;
    });
    return { cells, height: height + 2 * PAD };
  };

  const drawRow = ({ cells, height }: Row, fill?: string) => {
    if (fill) doc.rect(left, y, totalWidth, height).fill(fill);
    doc.fillColor('black');
    let x = left;
    columns.forEach((c, i) => {
      const cell = cells[i];
      const inner = c.width - 2 * PAD;
      doc.font(cell.font).fontSize(fontSize);
      if (cell.width === null) {
        doc.text(cell.text, x + PAD, y + PAD, { width: inner, align: c.align ?? 'left' });
      } else if (cell.text) {
        // Where the wrapper would put the line: pdfkit's _fragment, with the same sums.
        const at = c.align === 'right' ? x + PAD + (inner - cell.width) : x + PAD;
        doc.text(cell.text, at, y + PAD, { lineBreak: false });
      }
      x += c.width;
    });
    y += height;
    edges.push(y);
  };

  // The grid of a page as one path, stroked once when the page is full: the frame, a line under
  // each row and the columns' lines from the header down (not four edges and seven lines a row).
  const drawGrid = () => {
    doc
      .lineWidth(0.5)
      .strokeColor(LINE)
      .rect(left, top, totalWidth, y - top);
    for (const e of edges.slice(0, -1)) doc.moveTo(left, e).lineTo(left + totalWidth, e);
    let x = left;
    for (const c of columns.slice(0, -1)) {
      x += c.width;
      doc.moveTo(x, top).lineTo(x, y);
    }
    doc.stroke();
  };

  const header = measure(
    columns.map((c) => c.header),
    'bold',
  );
  drawRow(header, HEADER_FILL);
  for (const row of rows) {
    const measured = measure(row, 'regular');
    if (y + measured.height > bottom()) {
      drawGrid();
      doc.addPage();
      y = top = doc.page.margins.top;
      edges.length = 0;
      drawRow(header, HEADER_FILL);
    }
    drawRow(measured);
  }
  drawGrid();
  doc.font('regular').fillColor('black');
  doc.x = left;
  doc.y = y + 10;
}
