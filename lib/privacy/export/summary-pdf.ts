// podsumowanie.pdf: the readable copy of a person's data (art. 15 ust. 3 RODO), drawn with the
// project's pdf kit (A4, DejaVu fonts) from the same sections the "Moje dane" page shows.
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { createPdf, pdfToBuffer } from '@/lib/pdf/document';
import { drawTable } from '@/lib/pdf/table';
import type { ExportContent } from './content';
import { summarySections } from './summary';

const WIDTH = 495; // A4 minus the 50 pt margins

export function renderSummaryPdf(content: ExportContent, generatedAt: Date): Promise<Buffer> {
  const t = messages().privacy.summary;
  const doc = createPdf({ title: t.pdfTitle, date: generatedAt });
  return pdfToBuffer(doc, (d) => {
    d.font('bold').fontSize(16).text(t.pdfTitle);
    d.font('regular').fontSize(9).fillColor('#475569');
    d.text(t.pdfIntro(formatDateTime(generatedAt)), { width: WIDTH });
    d.fillColor('black').moveDown();
    for (const s of summarySections(content)) {
      if (d.y > d.page.height - 140) d.addPage();
      d.font('bold').fontSize(12).text(s.title);
      d.moveDown(0.3);
      if (s.rows.length === 0) {
        d.font('regular').fontSize(9).text(t.none);
        d.moveDown();
        continue;
      }
      const w = Math.floor(WIDTH / s.columns.length);
      drawTable(
        d,
        s.columns.map((header, i) => ({ header, width: i === s.columns.length - 1 ? WIDTH - w * i : w })),
        s.rows,
        8,
      );
    }
    d.font('regular').fontSize(8).fillColor('#475569').text(t.pdfFooter, { width: WIDTH });
  });
}
