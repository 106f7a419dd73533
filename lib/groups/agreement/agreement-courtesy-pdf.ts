// The data-processing agreement's English courtesy translation as its own PDF, apart from the
// Polish draft and the accepted PDF (which alone are signed, hashed and stored). Every page says it
// is a translation that is not signed and does not bind; it has no signature blocks to sign.
import { createPdf, pdfToBuffer } from '@/lib/pdf/document';
import { drawCourtesyBanner, writeCourtesyHeaders } from '@/lib/pdf/courtesy';
import { formatDate } from '@/lib/format/time';
import { seller as platformSeller } from '@/lib/invoices/seller';
import { bufferPages, writeFooters } from '@/lib/invoices/pdf-layout';
import { agreementClausesEn, AGREEMENT_WORDING_EN as E } from './agreement-text.en';
import { contentWidth, drawClauses, drawPreamble, MARGIN, type AgreementInput } from './agreement-pdf';

/** The English courtesy translation of the draft agreement (no acceptance record, no signatures). */
export function renderAgreementCourtesyPdf(input: AgreementInput): Promise<Buffer> {
  const seller = input.seller ?? platformSeller();
  const clauses = agreementClausesEn({ ...input, seller });
  const doc = createPdf({ title: E.title, date: input.generatedAt, margin: MARGIN });
  bufferPages(doc);
  return pdfToBuffer(doc, () => {
    drawCourtesyBanner(doc, E.courtesy);
    // The representative is named only in the Polish record; the translation keeps the blank.
    drawPreamble(doc, { ...input, acceptance: undefined }, seller, E);
    drawClauses(doc, clauses);
    doc.moveDown(2).font('regular').fontSize(9).fillColor('#555555');
    doc.text(E.signature, MARGIN, doc.y, { width: contentWidth(doc) });
    doc.fillColor('black');
    writeCourtesyHeaders(doc, 'Courtesy translation — not signed, not binding');
    writeFooters(doc, (page, total) => E.footer(input.orderNumber, formatDate(input.generatedAt, 'en'), page, total));
  });
}
