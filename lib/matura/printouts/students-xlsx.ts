// Every student of the licence with their declaration, one row each (issue 23): the export a
// school keeps or hands on, with the A14 check so the unchecked ones are seen at once.
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { addTableSheet, newWorkbook, workbookBuffer } from '@/lib/spreadsheets/xlsx-sheet';
import type { PrintoutMeta, StudentDeclaration } from './data';
import { environmentText, examLabel } from './names';

export function studentsXlsx(meta: PrintoutMeta, students: readonly StudentDeclaration[]): Promise<Buffer> {
  const x = messages().plannerPrintouts.xlsx;
  const p = messages().plannerPrintouts.pdf;
  const formulas = messages().matura.formulas as Record<string, string>;
  const workbook = newWorkbook(meta.generatedAt);
  addTableSheet(
    workbook,
    x.studentsSheet,
    [
      messages().plannerPrintouts.page.files.students.name,
      meta.schoolName,
      p.examYear(meta.examYear),
      p.generated(formatDateTime(meta.generatedAt)),
    ],
    [
      { header: x.number, width: 6 },
      { header: x.lastName, width: 22 },
      { header: x.firstName, width: 18 },
      { header: x.className, width: 10, numFmt: '@' },
      { header: x.formula, width: 16 },
      { header: x.exemption, width: 14 },
      { header: x.exams, width: 80 },
      { header: x.environment, width: 50 },
      { header: x.checkedAt, width: 24 },
    ],
    students.map((s, i) => [
      i + 1,
      s.lastName,
      s.firstName,
      s.className,
      formulas[s.formula] ?? s.formula,
      s.vocationalExemption ? x.yes : x.no,
      s.exams.map((e) => examLabel(meta.list, e)).join('; '),
      s.exams
        .filter((e) => e.environment)
        .map((e) => environmentText(meta.list, e.subject, e.environment))
        .join('; '),
      s.checkedAt ? formatDateTime(s.checkedAt) : x.no,
    ]),
  );
  return workbookBuffer(workbook);
}
