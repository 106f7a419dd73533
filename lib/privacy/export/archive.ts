// The export's ZIP: dane.json and podsumowanie.pdf. jszip (declared with an exact version): the
// file is small and built whole in memory, and the same library reads it back in the tests;
// archiver streams, which a file stored as one database value does not need.
import JSZip from 'jszip';
import type { ExportContent } from './content';
import { renderSummaryPdf } from './summary-pdf';

export const EXPORT_JSON = 'dane.json';
export const EXPORT_PDF = 'podsumowanie.pdf';

export async function buildExportZip(content: ExportContent, generatedAt: Date): Promise<Buffer> {
  const zip = new JSZip();
  // Fixed entry dates: the same data gives the same file.
  zip.file(EXPORT_JSON, JSON.stringify(content, null, 2), { date: generatedAt });
  zip.file(EXPORT_PDF, await renderSummaryPdf(content, generatedAt), { date: generatedAt });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
