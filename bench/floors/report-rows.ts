// Benchmark baseline for the final report: the same rows written with bare exceljs (one addRow
// each) and bare pdfkit (each cell a text at a fixed position, DejaVu embedded), with no title,
// table borders, row measuring or charts. Returns the bytes written, so nothing is optimised away.
//
// Since issue 26 the report's PDF carries the group dashboard's three charts as well. `charts`
// gives the floor the same SVGs (as finished strings, like the cells' finished texts), drawn on a
// first page with bare svg-to-pdfkit in the report's boxes and font: the same document, written
// with nothing around it. Without `charts` it is the rows-only floor the target was first set on.
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_REGULAR } from '@/lib/pdf/document';

const WIDTHS = [30, 100, 125, 160, 75, 60, 105, 106];

/** A chart as the report's PDF places it: the SVG and its box in points. */
export type FloorChart = { svg: string; x: number; y: number; width: number; height: number };

export async function xlsxFloor(cells: readonly string[][]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Raport');
  for (const c of cells) ws.addRow(c);
  return (await wb.xlsx.writeBuffer()).byteLength;
}

export function pdfFloor(cells: readonly string[][], charts: readonly FloorChart[] = []): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 40 });
  doc.registerFont('regular', FONT_REGULAR);
  doc.font('regular').fontSize(9);
  return new Promise<number>((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks).length));
    for (const c of charts)
      SVGtoPDF(doc, c.svg, c.x, c.y, {
        width: c.width,
        height: c.height,
        assumePt: true,
        fontCallback: () => 'regular',
      });
    if (charts.length > 0) doc.addPage();
    let y = 40;
    for (const c of cells) {
      if (y > doc.page.height - 60) {
        doc.addPage();
        y = 40;
      }
      let x = 40;
      c.forEach((text, i) => {
        doc.text(text, x, y, { width: WIDTHS[i], lineBreak: false });
        x += WIDTHS[i];
      });
      y += 14;
    }
    doc.end();
  });
}

export async function writeRowsFloor(cells: readonly string[][], charts: readonly FloorChart[] = []): Promise<number> {
  return (await xlsxFloor(cells)) + (await pdfFloor(cells, charts));
}
