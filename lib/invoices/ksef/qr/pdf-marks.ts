// Draws an invoice's KSeF marks (kody-qr.md) in its PDF: KOD I labelled with the KSeF number or
// OFFLINE, KOD II labelled CERTYFIKAT for an offline invoice, and what they are for. Each code is
// also a link, so a PDF reader can open it with a click.
import type { KsefMark } from './index';
import { KSEF } from '@/lib/invoices/legal-wording';
import { CONTENT_WIDTH, GREY, MARGIN } from '@/lib/invoices/pdf-parts';
import { ensureSpace } from '@/lib/invoices/pdf-layout';
import { drawQrCode } from '@/lib/pdf/qr';
import type { PdfDocument } from '@/lib/pdf/document';

/** 84 pt ≈ 30 mm: KOD II (≈ 400 characters, 73+ modules) still gets 0.4 mm modules on paper. */
const QR_SIZE = 84;
/** Wide enough for a 35-character KSeF number under the code at 7 pt. */
const LABEL_WIDTH = 150;
/** "CERTYFIKAT" needs no more than the code's own width. */
const CERTIFICATE_WIDTH = QR_SIZE;

/** The label's font size: 7.5 pt, smaller only when it would not fit on one line. */
function fitLabel(doc: PdfDocument, label: string, width: number): number {
  let size = 7.5;
  doc.font('bold');
  while (size > 5 && doc.fontSize(size).widthOfString(label) > width) size -= 0.25;
  return size;
}

function drawCode(doc: PdfDocument, url: string, label: string, x: number, y: number, width = LABEL_WIDTH): number {
  const qx = x + (width - QR_SIZE) / 2;
  drawQrCode(doc, url, qx, y, QR_SIZE, 'black');
  doc.link(qx, y, QR_SIZE, QR_SIZE, url);
  const size = fitLabel(doc, label, width);
  doc
    .fontSize(size)
    .fillColor('black')
    .text(label, x, y + QR_SIZE + 4, { width, align: 'center' });
  return doc.y;
}

function stateText(mark: KsefMark): string {
  if (mark.certificateUrl) return mark.ksefNumber ? KSEF.offlineSent : KSEF.offlinePending;
  return mark.ksefNumber ? KSEF.accepted : KSEF.awaitingNumber;
}

/** The header line "Numer KSeF: …", once KSeF has given the number. */
export function ksefNumberNote(mark: KsefMark | undefined): string | undefined {
  return mark?.ksefNumber ? KSEF.number(mark.ksefNumber) : undefined;
}

/** The block with the codes, below the cursor (on a new page when it does not fit); leaves the cursor under it. */
export function drawKsefMarks(doc: PdfDocument, mark: KsefMark): void {
  doc.moveDown(1.2);
  ensureSpace(doc, QR_SIZE + 20);
  const top = doc.y;
  let bottom = drawCode(doc, mark.verifyUrl, mark.ksefNumber ?? KSEF.offline, MARGIN, top);
  let textX = MARGIN + LABEL_WIDTH + 10;
  if (mark.certificateUrl) {
    bottom = Math.max(bottom, drawCode(doc, mark.certificateUrl, KSEF.certificate, textX, top, CERTIFICATE_WIDTH));
    textX += CERTIFICATE_WIDTH + 10;
  }
  const width = MARGIN + CONTENT_WIDTH - textX;
  doc.font('bold').fontSize(9).fillColor('black').text(KSEF.heading, textX, top, { width });
  doc
    .font('regular')
    .fontSize(8)
    .text(stateText(mark), textX, doc.y + 4, { width });
  doc.fillColor(GREY).text(KSEF.scan, textX, doc.y + 4, { width });
  doc.fontSize(7).text(mark.verifyUrl, textX, doc.y + 2, { width, link: mark.verifyUrl });
  if (mark.certificateUrl) doc.fontSize(8).text(KSEF.certificateNote, textX, doc.y + 4, { width });
  doc.fillColor('black');
  doc.y = Math.max(bottom, doc.y);
  doc.x = MARGIN;
}
