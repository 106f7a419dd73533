// One way to start a PDF: A4, DejaVu Sans embedded (pdfkit's built-in Helvetica cannot print
// Polish letters), and fixed metadata dates so the same data always gives the same file.
import path from 'node:path';
import PDFDocument from 'pdfkit';

// Resolved from the project root: inside Next's server bundle require.resolve yields module
// ids, not paths. `npm start`, the tests and benchmarks all run from the root.
const fontDir = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
export const FONT_REGULAR = path.join(fontDir, 'DejaVuSans.ttf');
export const FONT_BOLD = path.join(fontDir, 'DejaVuSans-Bold.ttf');

export type PdfDocument = InstanceType<typeof PDFDocument>;

export function createPdf(opts: {
  title: string;
  date: Date;
  layout?: 'portrait' | 'landscape';
  margin?: number;
}): PdfDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: opts.layout ?? 'portrait',
    margin: opts.margin ?? 50,
    info: {
      Title: opts.title,
      Author: 'Planeta',
      Producer: 'Planeta',
      Creator: 'Planeta',
      CreationDate: opts.date,
      ModDate: opts.date,
    },
    // Deterministic output: pdfkit would otherwise embed a random document id.
    pdfVersion: '1.7',
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  doc.font('regular');
  return doc;
}

/** Collects a finished document into one Buffer. */
export function pdfToBuffer(doc: PdfDocument, draw: (doc: PdfDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}
