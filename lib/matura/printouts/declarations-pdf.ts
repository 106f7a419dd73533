// The declaration summary "for signature" (issue 23, A14): one A4 page per student with the school,
// exam year, the student's data, every declared exam and informatyka's environment, and lines for
// the student's and the parent's signature — the planner's data never replace the paper declaration.
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { drawTable, type PdfColumn } from '@/lib/pdf/table';
import type { PrintoutMeta, StudentDeclaration } from './data';
import { subjectName } from '@/lib/matura/subject-list';
import { environmentText, levelLabel } from './names';

const t = () => messages().plannerPrintouts.pdf;

function signatureLine(doc: PdfDocument, caption: string) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.moveDown(2.5);
  const y = doc.y;
  doc
    .lineWidth(0.5)
    .strokeColor('black')
    .moveTo(left, y)
    .lineTo(left + width, y)
    .stroke();
  doc
    .font('regular')
    .fontSize(8)
    .text(caption, left, y + 3, { width });
  doc.fontSize(10);
}

function studentPage(doc: PdfDocument, meta: PrintoutMeta, s: StudentDeclaration) {
  const d = t().declaration;
  const f = messages().matura.formulas as Record<string, string>;
  doc.font('bold').fontSize(16).text(d.title);
  doc.font('regular').fontSize(10).moveDown(0.3);
  doc.text(meta.schoolName);
  doc.text(t().examYear(meta.examYear));
  doc.moveDown(0.8);
  const field = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  };
  field(d.student, `${s.firstName} ${s.lastName}`);
  field(d.className, s.className);
  field(d.formula, f[s.formula] ?? s.formula);
  if (s.vocationalExemption) field(d.exemption, d.yes);
  doc.moveDown(0.8);
  doc.font('bold').fontSize(12).text(d.exams);
  doc.font('regular').fontSize(10).moveDown(0.3);
  if (s.exams.length === 0) doc.text(d.noExams);
  else {
    const c = messages().plannerPrintouts.summaries.columns;
    const columns: PdfColumn[] = [
      { header: messages().plannerPrintouts.xlsx.number, width: 28, align: 'right' },
      { header: c.subject, width: 150 },
      { header: c.level, width: 150 },
      { header: d.environment, width: 167 },
    ];
    drawTable(
      doc,
      columns,
      s.exams.map((e, i) => [
        String(i + 1),
        subjectName(meta.list, e.subject),
        levelLabel(e.part, e.level),
        environmentText(meta.list, e.subject, e.environment),
      ]),
      10,
    );
  }
  doc.moveDown(0.5).fontSize(10).text(d.forSignature);
  signatureLine(doc, d.signatureStudent);
  signatureLine(doc, d.signatureParent);
  doc.moveDown(1.5).fontSize(8).fillColor('#555555');
  if (s.checkedAt) doc.text(d.checked(formatDateTime(s.checkedAt)));
  doc.text(t().generated(formatDateTime(meta.generatedAt)));
  doc.fillColor('black').fontSize(10);
}

export function declarationsPdf(meta: PrintoutMeta, students: readonly StudentDeclaration[]): Promise<Buffer> {
  const doc = createPdf({ title: `${t().declaration.title} — ${meta.schoolName}`, date: meta.generatedAt });
  return pdfToBuffer(doc, (d) => {
    if (students.length === 0) {
      d.font('bold').fontSize(16).text(t().declaration.title);
      d.font('regular').fontSize(10).text(meta.schoolName).text(t().declaration.empty);
      return;
    }
    students.forEach((s, i) => {
      if (i > 0) d.addPage();
      studentPage(d, meta, s);
    });
  });
}
