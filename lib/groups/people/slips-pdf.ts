// Invitation slips for participants without an e-mail address: A4 sheets of eight slips with cut
// marks, each with the person's name, login and a QR code of their one-time link, so HR can hand
// out access on paper without any password printed. Each slip is in its reader's language
// (`Slip.locale`, chosen by the caller: lib/groups/people/downloads.ts), the sheet's own words
// in the language of the admin who prints it.
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { registerMonoFont } from '@/lib/pdf/table';
import { drawQrCode } from '@/lib/pdf/qr';

export type Slip = { name: string; login: string; link: string; validUntil: Date; locale?: string };
export type SlipsMeta = { companyName: string; courseTitle: string; generatedAt: Date };

const COLS = 2;
const ROWS = 4;
const MARGIN = 18; // outside the slips: room for the cut marks
const PAD = 16;
const NAVY = '#1c2f5a';
const GREY = '#5b6474';

export function slipsPdf(slips: readonly Slip[], meta: SlipsMeta, locale: string = 'pl'): Promise<Buffer> {
  const t = messages(slipLocale(locale)).people.slips;
  const doc = createPdf({ title: `${t.title} — ${meta.courseTitle}`, date: meta.generatedAt, margin: 0 });
  registerMonoFont(doc);
  return pdfToBuffer(doc, (d) => {
    const W = d.page.width;
    const H = d.page.height;
    const w = (W - 2 * MARGIN) / COLS;
    const h = (H - 2 * MARGIN) / ROWS;
    slips.forEach((slip, i) => {
      const onPage = i % (COLS * ROWS);
      if (i > 0 && onPage === 0) d.addPage({ size: 'A4', margin: 0 });
      if (onPage === 0) cutMarks(d, W, H, w, h);
      const x = MARGIN + (onPage % COLS) * w;
      const y = MARGIN + Math.floor(onPage / COLS) * h;
      drawSlip(d, slip, meta, x, y, w, h);
    });
    if (slips.length === 0) d.font('regular').fontSize(12).text(t.none, 50, 50);
  });
}

/** Dashed cut lines between the slips and solid ticks in the margin, where the guillotine goes. */
function cutMarks(d: PdfDocument, W: number, H: number, w: number, h: number): void {
  d.save().lineWidth(0.4).strokeColor('#9aa4b2');
  for (let c = 0; c <= COLS; c++) {
    const x = MARGIN + c * w;
    d.moveTo(x, 0)
      .lineTo(x, MARGIN - 4)
      .moveTo(x, H - MARGIN + 4)
      .lineTo(x, H)
      .stroke();
    if (c > 0 && c < COLS)
      d.dash(3, { space: 3 })
        .moveTo(x, MARGIN)
        .lineTo(x, H - MARGIN)
        .stroke()
        .undash();
  }
  for (let r = 0; r <= ROWS; r++) {
    const y = MARGIN + r * h;
    d.moveTo(0, y)
      .lineTo(MARGIN - 4, y)
      .moveTo(W - MARGIN + 4, y)
      .lineTo(W, y)
      .stroke();
    if (r > 0 && r < ROWS)
      d.dash(3, { space: 3 })
        .moveTo(MARGIN, y)
        .lineTo(W - MARGIN, y)
        .stroke()
        .undash();
  }
  d.restore();
}

/** The slips are written in Polish and English; another language prints Polish, dates included. */
const WRITTEN_IN = ['pl', 'en'];
const slipLocale = (locale: string | undefined) => (locale && WRITTEN_IN.includes(locale) ? locale : 'pl');

function drawSlip(d: PdfDocument, slip: Slip, meta: SlipsMeta, x: number, y: number, w: number, h: number): void {
  const locale = slipLocale(slip.locale);
  const t = messages(locale).people.slips;
  const qr = 92;
  const textW = w - 2 * PAD - qr - 12;
  const left = x + PAD;
  d.font('bold')
    .fontSize(8)
    .fillColor(GREY)
    .text(meta.courseTitle, left, y + PAD, { width: w - 2 * PAD, height: 20, ellipsis: true });
  // A long name gets smaller before it is cut: it must match the person's ID.
  const nameSize =
    [13, 11, 9].find((n) => d.font('bold').fontSize(n).heightOfString(slip.name, { width: textW }) <= 34) ?? 9;
  d.font('bold')
    .fontSize(nameSize)
    .fillColor(NAVY)
    .text(slip.name, left, y + PAD + 22, { width: textW, height: 34, ellipsis: true });
  d.font('regular')
    .fontSize(8)
    .fillColor(GREY)
    .text(t.login, left, y + PAD + 58);
  d.font('mono')
    .fontSize(11)
    .fillColor(NAVY)
    .text(slip.login, left, y + PAD + 69, { width: textW, lineBreak: false });
  d.font('regular').fontSize(8).fillColor(GREY);
  d.text(t.howTo, left, y + PAD + 90, { width: textW });
  d.text(t.validUntil(formatDate(slip.validUntil, locale)), left, d.y + 3, { width: textW });
  d.font('mono')
    // The address must stay on one line (mono glyphs are 0.6 em wide): shrink it rather than wrap.
    .fontSize(Math.min(7, (w - 2 * PAD) / (0.61 * slip.link.length)))
    .fillColor(NAVY)
    .text(slip.link, left, y + h - PAD - 14, { width: w - 2 * PAD, lineBreak: false });
  drawQrCode(d, slip.link, x + w - PAD - qr, y + PAD + 22, qr, '#000000');
  d.font('regular')
    .fontSize(6.5)
    .fillColor(GREY)
    .text(meta.companyName, left, y + h - PAD - 26, { width: w - 2 * PAD, lineBreak: false, ellipsis: true });
}
