// The subject counts the school orders from OKE (issue 23), as a printable PDF and as a
// spreadsheet: one row per subject, part and level with the number of students.
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { subjectName } from '@/lib/matura/subject-list';
import type { SubjectCount } from '@/lib/matura/summaries/group';
import { createPdf, pdfToBuffer } from '@/lib/pdf/document';
import { drawTable, type PdfColumn } from '@/lib/pdf/table';
import { addTableSheet, newWorkbook, workbookBuffer } from '@/lib/spreadsheets/xlsx-sheet';
import type { PrintoutMeta } from './data';
import { levelLabel } from './names';

const t = () => messages().plannerPrintouts;

const titleLines = (meta: PrintoutMeta, students: number) => [
  t().pdf.subjects.title,
  meta.schoolName,
  t().pdf.examYear(meta.examYear),
  t().pdf.subjects.total(students),
  t().pdf.generated(formatDateTime(meta.generatedAt)),
];

const cells = (meta: PrintoutMeta, r: SubjectCount) => [subjectName(meta.list, r.subject), levelLabel(r.part, r.level)];

export function subjectCountsPdf(
  meta: PrintoutMeta,
  students: number,
  counts: readonly SubjectCount[],
): Promise<Buffer> {
  const c = t().summaries.columns;
  const columns: PdfColumn[] = [
    { header: c.subject, width: 200 },
    { header: c.level, width: 195 },
    { header: c.students, width: 100, align: 'right' },
  ];
  const [title, ...rest] = titleLines(meta, students);
  const doc = createPdf({ title: `${title} — ${meta.schoolName}`, date: meta.generatedAt });
  return pdfToBuffer(doc, (d) => {
    d.font('bold').fontSize(16).text(title);
    d.font('regular').fontSize(10).moveDown(0.3);
    for (const line of rest) d.text(line);
    d.moveDown(0.8);
    if (counts.length === 0) d.text(t().pdf.subjects.empty);
    else
      drawTable(
        d,
        columns,
        counts.map((r) => [...cells(meta, r), String(r.students)]),
        10,
      );
  });
}

export function subjectCountsXlsx(
  meta: PrintoutMeta,
  students: number,
  counts: readonly SubjectCount[],
): Promise<Buffer> {
  const c = t().summaries.columns;
  const workbook = newWorkbook(meta.generatedAt);
  addTableSheet(
    workbook,
    t().xlsx.subjectsSheet,
    titleLines(meta, students),
    [
      { header: c.subject, width: 34 },
      { header: c.level, width: 34 },
      { header: c.students, width: 16 },
    ],
    counts.map((r) => [...cells(meta, r), r.students]),
  );
  return workbookBuffer(workbook);
}
