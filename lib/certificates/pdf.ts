// The certificate a learner downloads after passing the final test: one landscape A4 page, or
// for a BHP course one portrait A4 page laid out as the regulation's model (content.ts); a
// language level's certificate is landscape with the CEFR level, hours and dates of study.
// Same input → byte-identical file (fixed metadata dates, ID derived from the metadata),
// so a stored certificate can always be regenerated and compared.
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import {
  certificateText,
  certificateTitle,
  printedLocale,
  type BhpText,
  type CertificateInput,
  type CertificateText,
  type LanguageText,
} from '@/lib/certificates/content';
import { drawQrCode } from '@/lib/pdf/qr';

export type { CertificateInput } from '@/lib/certificates/content';

const NAVY = '#1c2f5a';
const GOLD = '#b08d3c';
const GREY = '#5b6474';

export function renderCertificatePdf(asked: CertificateInput): Promise<Buffer> {
  const input = { ...asked, locale: printedLocale(asked) };
  // The number in the title makes pdfkit's metadata-derived file ID differ per certificate.
  const doc = createPdf({
    title: `${certificateTitle(input)} ${input.number}`,
    date: input.issuedAt,
    layout: input.bhp ? 'portrait' : 'landscape',
    margin: 0,
  });
  return pdfToBuffer(doc, (d) => {
    if (input.bhp) {
      // The BHP certificate is the regulation's Polish model: a translation never replaces it,
      // so in another language the Polish original comes first and the courtesy translation follows.
      if (input.locale !== 'pl') {
        drawBhpCertificate(d, { ...input, locale: 'pl' });
        d.addPage();
      }
      drawBhpCertificate(d, input);
    } else if (input.language) drawLanguageCertificate(d, input);
    else drawCertificate(d, input);
  });
}

/** The level certificate: who, which CEFR level of which programme, how many hours, when; then the footer. */
function drawLanguageCertificate(doc: PdfDocument, input: CertificateInput): void {
  const t = certificateText(input) as CertificateText & { language: LanguageText };
  const l = t.language;
  const W = doc.page.width;
  const cx = 110;
  const cw = W - 2 * cx;
  drawBorder(doc, W, doc.page.height);

  doc
    .font('bold')
    .fontSize(11)
    .fillColor(GOLD)
    .text(t.brand, cx, 62, { width: cw, align: 'center', characterSpacing: 6 });
  doc.font('bold').fontSize(28).fillColor(NAVY).text(l.title, cx, 86, { width: cw, align: 'center' });
  ornamentRule(doc, W / 2, 134);

  doc.font('regular').fontSize(12).fillColor(GREY).text(l.nameLead, cx, 150, { width: cw, align: 'center' });
  const nameSize = fitFontSize(doc, 'bold', t.fullName, cw, 32, 14);
  centredLine(doc, t.fullName, W / 2, 172 + (32 - nameSize) / 2, nameSize);
  doc
    .moveTo(W / 2 - 200, 214)
    .lineTo(W / 2 + 200, 214)
    .lineWidth(0.5)
    .strokeColor(GOLD)
    .stroke();

  doc.font('regular').fontSize(12).fillColor(GREY).text(l.completed, cx, 226, { width: cw, align: 'center' });
  centredLine(doc, l.cefr, W / 2, 242, 30);
  if (l.levelTitle)
    doc
      .font('bold')
      .fontSize(12)
      .fillColor(NAVY)
      .text(l.levelTitle, cx, 278, { width: cw, align: 'center', height: 16, ellipsis: true });
  doc.font('regular').fontSize(9).fillColor(GREY).text(l.cefrNote, cx, 296, { width: cw, align: 'center' });
  doc
    .font('bold')
    .fontSize(13)
    .fillColor(NAVY)
    .text(l.programme, cx, 312, { width: cw, align: 'center', height: 34, ellipsis: true });
  doc
    .font('regular')
    .fontSize(12)
    .fillColor(GREY)
    .text(`${l.hours} · ${l.dates}`, cx, Math.max(doc.y + 8, 334), { width: cw, align: 'center' });
  doc.text(t.score, cx, doc.y + 6, { width: cw, align: 'center' });
  drawFooter(doc, t, W);
}

/** The BHP model: organiser's stamp, title, the statements one per line, register number, signature. */
function drawBhpCertificate(doc: PdfDocument, input: CertificateInput): void {
  const t = certificateText(input) as CertificateText & { bhp: BhpText };
  const b = t.bhp;
  const W = doc.page.width;
  const H = doc.page.height;
  const x = 72;
  const w = W - 2 * x;
  drawBorder(doc, W, H);
  if (b.courtesyNote)
    doc
      .font('bold')
      .fontSize(8)
      .fillColor(GOLD)
      .text(b.courtesyNote.toUpperCase(), x, 44, { width: w, align: 'center', characterSpacing: 1 });

  // The organiser's stamp box (top left), as the model has "(pieczęć organizatora szkolenia)".
  doc.rect(x, 64, 230, 62).lineWidth(0.6).strokeColor(GOLD).stroke();
  doc
    .font('bold')
    .fontSize(9)
    .fillColor(NAVY)
    .text(b.organiser, x + 8, 72, { width: 214, height: 40, ellipsis: true });
  doc
    .font('regular')
    .fontSize(7)
    .fillColor(GREY)
    .text(`(${b.organiserStamp})`, x, 130, { width: 230, align: 'center' });

  doc
    .font('bold')
    .fontSize(24)
    .fillColor(NAVY)
    .text(b.title, x, 176, { width: w, align: 'center', characterSpacing: 3 });
  doc.font('regular').fontSize(12).fillColor(GREY).text(b.subtitle, x, 210, { width: w, align: 'center' });
  ornamentRule(doc, W / 2, 240);

  let y = 268;
  for (const line of b.lines) {
    doc.font('regular').fontSize(11).fillColor(GREY).text(line.lead, x, y, { width: w, continued: true });
    doc.font('bold').fillColor(NAVY).text(` ${line.value}`, { width: w });
    y = doc.y + 9;
  }
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(GREY)
    .text(b.purpose, x, y + 4, { width: w });
  y = doc.y + 18;
  doc.font('regular').fontSize(10).fillColor(GREY).text(t.score, x, y, { width: w });

  // Footer: date and register number left, the signature line right, the verification QR under it.
  const footY = H - 230;
  label(doc, t.dateLabel, t.date, x, footY);
  label(doc, b.registerLabel, b.registerNumber, x, footY + 46);
  const signX = W - x - 210;
  doc
    .moveTo(signX, footY + 30)
    .lineTo(W - x, footY + 30)
    .lineWidth(0.5)
    .strokeColor(GREY)
    .stroke();
  doc
    .font('regular')
    .fontSize(7)
    .fillColor(GREY)
    .text(`(${b.signature})`, signX, footY + 34, { width: 210, align: 'center' });

  const qrSize = 70;
  drawQrCode(doc, t.verifyUrl, W - x - qrSize, footY + 70, qrSize, NAVY);
  doc
    .font('bold')
    .fontSize(8)
    .fillColor(GREY)
    .text(t.verifyLabel.toUpperCase(), x, footY + 100, { width: w - qrSize - 14, characterSpacing: 1 });
  const urlSize = fitFontSize(doc, 'regular', t.verifyUrl, w - qrSize - 14, 8, 5);
  doc
    .font('regular')
    .fontSize(urlSize)
    .fillColor(NAVY)
    .text(t.verifyUrl, x, footY + 114, { lineBreak: false });
}

function drawCertificate(doc: PdfDocument, input: CertificateInput): void {
  const t = certificateText(input);
  const W = doc.page.width;
  const H = doc.page.height;
  const cx = 110; // content column: x and width
  const cw = W - 2 * cx;

  drawBorder(doc, W, H);

  doc
    .font('bold')
    .fontSize(11)
    .fillColor(GOLD)
    .text(t.brand, cx, 70, { width: cw, align: 'center', characterSpacing: 6 });
  doc.font('bold').fontSize(30).fillColor(NAVY).text(t.title, cx, 96, { width: cw, align: 'center' });
  ornamentRule(doc, W / 2, 150);

  doc.font('regular').fontSize(13).fillColor(GREY).text(t.nameLead, cx, 176, { width: cw, align: 'center' });
  // A name never wraps: it shrinks, and is centred by hand because pdfkit wraps any boxed text.
  const nameSize = fitFontSize(doc, 'bold', t.fullName, cw, 36, 14);
  centredLine(doc, t.fullName, W / 2, 204 + (36 - nameSize) / 2, nameSize);
  doc
    .moveTo(W / 2 - 200, 252)
    .lineTo(W / 2 + 200, 252)
    .lineWidth(0.5)
    .strokeColor(GOLD)
    .stroke();

  doc.font('regular').fontSize(13).fillColor(GREY).text(t.courseLead, cx, 268, { width: cw, align: 'center' });
  // Long titles get smaller before they get more lines: two lines down to 15 pt, then three.
  const courseWidth = cw - 60;
  const courseSize =
    fitLines(doc, t.courseTitle, courseWidth, 20, 15, 2) ?? fitLines(doc, t.courseTitle, courseWidth, 14, 11, 3) ?? 11;
  doc
    .font('bold')
    .fontSize(courseSize)
    .fillColor(NAVY)
    .text(t.courseTitle, cx + 30, 294, { width: courseWidth, align: 'center', height: 62, ellipsis: true });
  doc
    .font('regular')
    .fontSize(13)
    .fillColor(GREY)
    .text(t.score, cx, Math.max(doc.y + 14, 352), { width: cw, align: 'center' });

  drawFooter(doc, t, W);
}

/** Date and number on the left, the verification QR code and address on the right. */
function drawFooter(doc: PdfDocument, t: CertificateText, W: number): void {
  const footY = 430;
  const left = 90;
  label(doc, t.dateLabel, t.date, left, footY);
  label(doc, t.numberLabel, t.number, left, footY + 46);

  const qrSize = 84;
  const qrX = W - 90 - qrSize;
  drawQrCode(doc, t.verifyUrl, qrX, footY - 6, qrSize, NAVY);
  const textRight = qrX - 14;
  const textWidth = 400;
  doc
    .font('bold')
    .fontSize(9)
    .fillColor(GREY)
    .text(t.verifyLabel.toUpperCase(), textRight - textWidth, footY + 36, {
      width: textWidth,
      align: 'right',
      characterSpacing: 1,
    });
  // The URL must stay on one line (a wrap at a dash reads as part of the address).
  const urlSize = fitFontSize(doc, 'regular', t.verifyUrl, textWidth, 9, 5);
  const urlWidth = doc.font('regular').fontSize(urlSize).widthOfString(t.verifyUrl);
  doc.fillColor(NAVY).text(t.verifyUrl, textRight - urlWidth, footY + 50, { lineBreak: false });
}

function drawBorder(doc: PdfDocument, W: number, H: number): void {
  doc.save();
  doc
    .rect(18, 18, W - 36, H - 36)
    .lineWidth(5)
    .strokeColor(NAVY)
    .stroke();
  doc
    .rect(30, 30, W - 60, H - 60)
    .lineWidth(1)
    .strokeColor(GOLD)
    .stroke();
  doc
    .rect(35, 35, W - 70, H - 70)
    .lineWidth(0.4)
    .strokeColor(GOLD)
    .stroke();
  // Small diamonds in the corners of the inner frame.
  for (const [x, y] of [
    [30, 30],
    [W - 30, 30],
    [30, H - 30],
    [W - 30, H - 30],
  ])
    diamond(doc, x, y, 7, GOLD);
  doc.restore();
}

function ornamentRule(doc: PdfDocument, x: number, y: number): void {
  doc.save();
  doc
    .moveTo(x - 140, y)
    .lineTo(x - 12, y)
    .moveTo(x + 12, y)
    .lineTo(x + 140, y)
    .lineWidth(0.8)
    .strokeColor(GOLD)
    .stroke();
  diamond(doc, x, y, 5, GOLD);
  doc.restore();
}

function diamond(doc: PdfDocument, x: number, y: number, r: number, color: string): void {
  doc.polygon([x, y - r], [x + r, y], [x, y + r], [x - r, y]).fill(color);
}

function label(doc: PdfDocument, caption: string, value: string, x: number, y: number): void {
  doc
    .font('bold')
    .fontSize(9)
    .fillColor(GREY)
    .text(caption.toUpperCase(), x, y, { characterSpacing: 1, lineBreak: false });
  doc
    .font('regular')
    .fontSize(14)
    .fillColor(NAVY)
    .text(value, x, y + 14, { lineBreak: false });
}

/** Largest size ≤ max (down to min) at which `text` fits on one line. */
function fitFontSize(doc: PdfDocument, font: string, text: string, width: number, max: number, min: number): number {
  doc.font(font);
  for (let size = max; size > min; size--) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  return min;
}

/** Largest size from max down to min at which bold `text` wraps into at most `lines` lines. */
function fitLines(
  doc: PdfDocument,
  text: string,
  width: number,
  max: number,
  min: number,
  lines: number,
): number | null {
  doc.font('bold');
  for (let size = max; size >= min; size--) {
    doc.fontSize(size);
    if (doc.heightOfString(text, { width }) <= doc.currentLineHeight(true) * lines + 0.5) return size;
  }
  return null;
}

function centredLine(doc: PdfDocument, text: string, centreX: number, y: number, size: number): void {
  const width = doc.font('bold').fontSize(size).widthOfString(text);
  doc.fillColor(NAVY).text(text, centreX - width / 2, y, { lineBreak: false });
}
