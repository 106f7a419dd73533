// The data-processing agreement's English courtesy translation as its own PDF, apart from the
// Polish draft and the accepted PDF (which alone are signed, hashed and stored). Every page says it
// is a translation that is not signed and does not bind; it has no signature blocks to sign.
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { formatDate } from '@/lib/format/time';
import { seller as platformSeller } from '@/lib/invoices/seller';
import { bufferPages, writeFooters } from '@/lib/invoices/pdf-layout';
import { agreementClausesEn, AGREEMENT_WORDING_EN as E } from './agreement-text.en';
import { contentWidth, drawClauses, drawPreamble, MARGIN, type AgreementInput } from './agreement-pdf';

/** The warning on top of the first page: a framed, bold paragraph. */
function drawCourtesyBanner(doc: PdfDocument): void {
  const width = contentWidth(doc);
  const pad = 8;
  doc.font('bold').fontSize(9.5);
  const height = doc.heightOfString(E.courtesy, { width: width - 2 * pad }) + 2 * pad;
  const top = MARGIN;
  doc.save().lineWidth(1.2).strokeColor('#b45309').rect(MARGIN, top, width, height).stroke().restore();
  doc.fillColor('#7c2d12').text(E.courtesy, MARGIN + pad, top + pad, { width: width - 2 * pad, align: 'left' });
  doc.fillColor('black');
  doc.y = top + height + 16;
}

/** The same mark at the head of every page, so a single printed page still says what it is. */
function writeHeaders(doc: PdfDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins, width } = doc.page;
    doc
      .font('bold')
      .fontSize(7.5)
      .fillColor('#7c2d12')
      .text('Courtesy translation — not signed, not binding', margins.left, margins.top - 26, {
        width: width - margins.left - margins.right,
        align: 'right',
        lineBreak: false,
      });
    doc.fillColor('black');
  }
}

/** The English courtesy translation of the draft agreement (no acceptance record, no signatures). */
export function renderAgreementCourtesyPdf(input: AgreementInput): Promise<Buffer> {
  const seller = input.seller ?? platformSeller();
  const clauses = agreementClausesEn({ ...input, seller });
  const doc = createPdf({ title: E.title, date: input.generatedAt, margin: MARGIN });
  bufferPages(doc);
  return pdfToBuffer(doc, () => {
    drawCourtesyBanner(doc);
    // The representative is named only in the Polish record; the translation keeps the blank.
    drawPreamble(doc, { ...input, acceptance: undefined }, seller, E);
    drawClauses(doc, clauses);
    doc.moveDown(2).font('regular').fontSize(9).fillColor('#555555');
    doc.text(E.signature, MARGIN, doc.y, { width: contentWidth(doc) });
    doc.fillColor('black');
    writeHeaders(doc);
    writeFooters(doc, (page, total) => E.footer(input.orderNumber, formatDate(input.generatedAt, 'en'), page, total));
  });
}
