// Benchmark baseline for the final report: the same rows written with bare exceljs (one addRow
// each) and bare pdfkit (each cell a text at a fixed position, DejaVu embedded), with no title,
// table borders, row measuring or charts. Returns the bytes written, so nothing is optimised away.
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { FONT_REGULAR } from '@/lib/pdf/document';

const WIDTHS = [30, 100, 125, 160, 75, 60, 105, 106];

export async function writeRowsFloor(cells: readonly string[][]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Raport');
  for (const c of cells) ws.addRow(c);
  const xlsx = await wb.xlsx.writeBuffer();
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 40 });
  doc.registerFont('regular', FONT_REGULAR);
  doc.font('regular').fontSize(9);
  const pdf = await new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
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
  return xlsx.byteLength + pdf.length;
}
