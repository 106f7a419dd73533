// Reading our PDFs back in tests through poppler: the text (pdftotext), the link annotations
// (url and where on which page), and the modules of a QR code drawn under a link, sampled from
// the rendered page, so a test can prove the printed code is exactly the one for the link.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import QRCode from 'qrcode';

const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdftoppm'];

/**
 * Whether poppler's tools are here. A developer machine without them skips the tests that read
 * PDFs back; where `CI` is set (.ci/run sets it too) a missing poppler fails the test file
 * instead, so a runner that lost poppler-utils is noticed rather than passing with fewer tests.
 */
export function popplerAvailable(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): boolean {
  if (POPPLER.every(exists)) return true;
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
  if (ci) throw new Error(`CI is set but poppler-utils is missing (${POPPLER.join(', ')}): install it (.ci/run does)`);
  return false;
}

export const hasPoppler = popplerAvailable();

/**
 * Text of the PDF with whitespace (incl. the non-breaking spaces Intl writes) collapsed;
 * `layout` keeps each table row on its line, so a row's cells read in order.
 */
export function pdfText(pdf: Buffer, opts: { layout?: boolean } = {}): string {
  const args = ['-enc', 'UTF-8', ...(opts.layout ? ['-layout'] : []), '-', '-'];
  return execFileSync('/usr/bin/pdftotext', args, { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
}

/** A link annotation: its URI, its 1-based page, and its rectangle in PDF points (origin bottom left). */
export type PdfLink = { url: string; page: number; x1: number; y1: number; x2: number; y2: number };

/** pdfkit writes uncompressed objects: each action `<< /S /URI /URI (…) >>`, each annotation `/A n 0 R /Rect […]`. */
export function pdfLinks(pdf: Buffer): PdfLink[] {
  const src = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of src.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(m[1], m[2]);
  const refs = (list: string) => [...list.matchAll(/(\d+) 0 R/g)].map((r) => r[1]);
  const pagesRoot = [...objects.values()].find((o) => /\/Type \/Pages/.test(o));
  const pageIds = refs(/\/Kids \[([^\]]*)\]/.exec(pagesRoot ?? '')?.[1] ?? '');
  const links: PdfLink[] = [];
  pageIds.forEach((pageId, i) => {
    for (const annotId of refs(/\/Annots \[([^\]]*)\]/.exec(objects.get(pageId) ?? '')?.[1] ?? '')) {
      const annot = objects.get(annotId) ?? '';
      const action = objects.get(/\/A (\d+) 0 R/.exec(annot)?.[1] ?? '') ?? '';
      const url = /\/URI \(((?:\\.|[^\\)])*)\)/.exec(action)?.[1];
      const rect = /\/Rect \[([^\]]*)\]/.exec(annot)?.[1].trim().split(/\s+/).map(Number);
      if (url && rect)
        links.push({
          url: url.replace(/\\(.)/g, '$1'),
          page: i + 1,
          x1: rect[0],
          y1: rect[1],
          x2: rect[2],
          y2: rect[3],
        });
    }
  });
  return links;
}

const SCALE = 4; // 288 dpi: 4 pixels per point, ≥ 4 pixels per module for a 400-character link in 84 pt

/** Page `page` rendered in grey (PGM): width, height and one byte per pixel. */
function renderGrey(pdf: Buffer, page: number): { width: number; height: number; pixels: Buffer } {
  const pgm = execFileSync(
    '/usr/bin/pdftoppm',
    ['-gray', '-r', String(72 * SCALE), '-f', String(page), '-l', String(page)],
    {
      input: pdf,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a PGM');
  return { width: +header[1], height: +header[2], pixels: pgm.subarray(header[0].length) };
}

/**
 * Samples the centre of every module of the square under `link` on the rendered page and
 * compares it with the QR matrix of `text`: true when the printed code is exactly that code.
 */
export function qrUnderLinkEncodes(pdf: Buffer, link: PdfLink, text: string): boolean {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { width, height, pixels } = renderGrey(pdf, link.page);
  const pageHeightPt = height / SCALE;
  const size = (link.x2 - link.x1) * SCALE;
  const left = link.x1 * SCALE;
  const top = (pageHeightPt - link.y2) * SCALE;
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) {
      const px = Math.floor(left + (col + 0.5) * cell);
      const py = Math.floor(top + (row + 0.5) * cell);
      const dark = pixels[py * width + px] < 128;
      if (dark !== Boolean(modules.get(row, col))) return false;
    }
  return true;
}
