// Draft data-processing agreement (step 2 of a group purchase, or a school's before its first import):
// filled with the controller's data, with dotted blanks for what only the parties can write.
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { seller as platformSeller, type Seller } from '@/lib/invoices/seller';
import {
  agreementClauses,
  AGREEMENT_WORDING as W,
  ACCEPTANCE_WORDING as A,
  BLANK,
  type Clause,
  type GroupAgreementFacts,
  type Point,
  type SchoolAgreementFacts,
} from '@/lib/groups/agreement/agreement-text';
import { bufferPages, drawRow, ensureSpace, writeFooters } from '@/lib/invoices/pdf-layout';

/** The electronic acceptance drawn on a last page; countersigned once staff confirmed it. */
export type AcceptanceRecord = {
  signerName: string;
  signerRole: string;
  userId: string;
  acceptedAt: Date;
  ip: string;
  textSha256: string;
  countersigned: { by: string; at: Date } | null;
};

type Drawn = { generatedAt: Date; acceptance?: AcceptanceRecord };
/** The facts of a group's or a school's agreement; the seller defaults to the platform's data from env. */
export type AgreementInput =
  | (Omit<GroupAgreementFacts, 'seller'> & Drawn & { seller?: Seller })
  | (Omit<SchoolAgreementFacts, 'seller'> & Drawn & { seller?: Seller });

/** The preamble's wording: the Polish one, or its courtesy translation (./agreement-courtesy-pdf.ts). */
export type PreambleWording = {
  [K in 'headingTop' | 'headingBottom' | 'and' | 'controllerAs' | 'processorAs' | 'parties']: string;
} & { [K in 'concluded' | 'nip' | 'representedBy' | 'calledHereafter']: (s: string) => string };

export const MARGIN = 56;
const BODY = 10;
const INDENT = 18;

export const contentWidth = (doc: PdfDocument) => doc.page.width - 2 * MARGIN;

function drawParty(
  doc: PdfDocument,
  p: { name: string; nip: string; addressLines: readonly string[] },
  role: string,
  representative: string | undefined,
  w: PreambleWording,
): void {
  const width = contentWidth(doc);
  doc.font('bold').fontSize(BODY).text(p.name, MARGIN, doc.y, { width });
  doc.font('regular').text([...p.addressLines, w.nip(p.nip)].join(', '), { width });
  doc.text(representative ? w.representedBy(representative) : w.representedBy(BLANK + BLANK), { width });
  doc.text(w.calledHereafter(role), { width });
}

export function drawPreamble(doc: PdfDocument, input: AgreementInput, seller: Seller, w: PreambleWording = W): void {
  const width = contentWidth(doc);
  doc.font('bold').fontSize(14).text(w.headingTop, MARGIN, doc.y, { width, align: 'center' });
  doc.text(w.headingBottom, { width, align: 'center' });
  doc.moveDown(1.2);
  doc.font('regular').fontSize(BODY).text(w.concluded(BLANK), { width });
  doc.moveDown(0.6);
  const r = input.acceptance;
  drawParty(doc, input.company, w.controllerAs, r ? `${r.signerName} (${r.signerRole})` : undefined, w);
  doc.moveDown(0.4).text(w.and, { width });
  doc.moveDown(0.4);
  drawParty(doc, seller, w.processorAs, undefined, w);
  doc.moveDown(0.6);
  doc.text(w.parties, { width, align: 'justify' });
}

/** Text with a hanging label ("1." or "a)") in the left gutter. */
function hanging(doc: PdfDocument, label: string, text: string, indent: number): void {
  // Keep the label on the same page as the first two lines of its text.
  ensureSpace(doc, doc.currentLineHeight(true) * 2);
  const top = doc.y;
  doc.text(label, MARGIN + indent, top, { width: INDENT, lineBreak: false });
  doc.text(text, MARGIN + indent + INDENT, top, { width: contentWidth(doc) - indent - INDENT, align: 'justify' });
  doc.moveDown(0.25);
}

export function drawPoint(doc: PdfDocument, n: number, point: Point): void {
  if (typeof point === 'string') return hanging(doc, `${n}.`, point, 0);
  hanging(doc, `${n}.`, point.lead, 0);
  point.items.forEach((item, i) => hanging(doc, `${String.fromCharCode(97 + i)})`, item, INDENT));
}

function drawSignatures(doc: PdfDocument): void {
  // Room to sign by hand above the dotted lines; the whole block stays on one page.
  ensureSpace(doc, 130);
  doc.moveDown(5);
  const y = doc.y;
  const colWidth = 200;
  const columns: [number, string][] = [
    [MARGIN, W.controller],
    [doc.page.width - MARGIN - colWidth, W.processor],
  ];
  for (const [x, role] of columns) {
    doc.font('regular').fontSize(BODY).text('………………………………………………', x, y, { width: colWidth, align: 'center' });
    doc
      .fontSize(8)
      .fillColor('#555555')
      .text(W.signature, x, doc.y + 2, { width: colWidth, align: 'center' });
    doc
      .fillColor('black')
      .font('bold')
      .fontSize(BODY)
      .text(role, x, doc.y + 4, { width: colWidth, align: 'center' });
  }
}

function drawAcceptance(doc: PdfDocument, r: AcceptanceRecord): void {
  doc.addPage();
  const width = contentWidth(doc);
  doc.font('bold').fontSize(13).text(A.heading, MARGIN, MARGIN, { width, align: 'center' });
  doc.moveDown(1).font('regular').fontSize(BODY).text(A.intro, { width, align: 'justify' });
  doc.moveDown(1);
  const columns = [
    { width: 190, align: 'left' as const },
    { width: width - 190, align: 'left' as const },
  ];
  const rows: [string, string][] = [
    [A.acceptedBy, r.signerName],
    [A.role, r.signerRole],
    [A.account, r.userId],
    [A.at, formatDateTime(r.acceptedAt)],
    [A.ip, r.ip],
    [A.hash, r.textSha256],
    [A.countersignedBy, r.countersigned?.by ?? A.notCountersigned],
    [A.countersignedAt, r.countersigned ? formatDateTime(r.countersigned.at) : '—'],
  ];
  let y = doc.y;
  for (const cells of rows) y += drawRow(doc, MARGIN, y, columns, cells);
  doc
    .fontSize(8)
    .fillColor('#555555')
    .text(A.hashNote, MARGIN, y + 12, { width });
  doc.fillColor('black');
}

/** The numbered paragraphs (§) with their points. */
export function drawClauses(doc: PdfDocument, clauses: readonly Clause[]): void {
  clauses.forEach((clause, i) => {
    doc.moveDown(1);
    // A heading never ends a page alone: it needs room for itself and two lines after it.
    ensureSpace(doc, 60);
    doc
      .font('bold')
      .fontSize(BODY)
      .text(`§ ${i + 1}. ${clause.title}`, MARGIN, doc.y, { width: contentWidth(doc), align: 'center' });
    doc.moveDown(0.4).font('regular');
    clause.points.forEach((p, j) => drawPoint(doc, j + 1, p));
  });
}

/** Renders the draft agreement (2–3 A4 pages) with page numbers "strona X z Y". */
export function renderProcessingAgreementPdf(input: AgreementInput): Promise<Buffer> {
  const seller = input.seller ?? platformSeller();
  const clauses = agreementClauses({ ...input, seller });
  const doc = createPdf({
    title: W.title,
    date: input.generatedAt,
    margin: MARGIN,
  });
  bufferPages(doc);
  return pdfToBuffer(doc, () => {
    doc.y = MARGIN;
    drawPreamble(doc, input, seller);
    drawClauses(doc, clauses);
    if (input.acceptance) {
      drawAcceptance(doc, input.acceptance);
      writeFooters(doc, (page, total) => A.footer(input.orderNumber, page, total));
    } else {
      drawSignatures(doc);
      writeFooters(doc, (page, total) => W.footer(input.orderNumber, formatDate(input.generatedAt), page, total));
    }
  });
}
