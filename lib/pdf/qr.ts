// The verification QR code drawn as vector squares: sharp at any zoom, no PNG to encode, and
// the same bytes every time.
import QRCode from 'qrcode';
import type { PdfDocument } from '@/lib/pdf/document';

/** Draws the code with its top-left corner at (x, y), `size` points wide, quiet zone excluded. */
export function drawQrCode(doc: PdfDocument, text: string, x: number, y: number, size: number, color: string): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    // One rectangle per run of dark modules keeps the content stream small.
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const runStart = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + runStart * cell, y + row * cell, (col - runStart) * cell, cell);
    }
  }
  doc.fill(color);
  doc.restore();
}
