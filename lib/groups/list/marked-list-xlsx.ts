// The list handed back as XLSX with its problems marked where they are: a red cell with the
// message in its comment, an "Błędy" column per row, duplicates in "Ostrzeżenia". Rows keep
// their numbers, and the file reads back in through the same parser.
import type ExcelJS from 'exceljs';
import {
  COLUMN_LABEL,
  NOTIFY_EMAIL_LABEL,
  TEMPLATE_COLUMNS,
  type ParticipantField,
} from '@/lib/groups/list/participant-columns';
import type { ListCheck } from '@/lib/groups/list/validate-rows';
import { neutraliseCell } from '@/lib/spreadsheets/neutralise-cell';
import { newWorkbook, workbookBuffer } from '@/lib/spreadsheets/xlsx-sheet';
import { messages } from '@/lib/i18n';

const RED = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const;
const AMBER = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2B3' } } as const;
const HEAD = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } } as const;

const fieldOfLabel = new Map<string, ParticipantField>(TEMPLATE_COLUMNS.map((f) => [COLUMN_LABEL[f], f]));

export async function markedListXlsx(
  check: ListCheck,
  warnings: Record<number, string[]>,
  date: Date,
): Promise<Buffer> {
  const t = messages().groups;
  const workbook = newWorkbook(date);
  const sheet: ExcelJS.Worksheet = workbook.addWorksheet(t.template.sheet);
  const first = check.rows[0]?.rowNumber ?? 3;
  const headerAt = Math.max(1, first - 1);
  if (headerAt >= 2) {
    sheet.getCell(headerAt - 1, 1).value = NOTIFY_EMAIL_LABEL;
    sheet.getCell(headerAt - 1, 2).value = neutraliseCell(check.notifyEmail ?? '');
  }
  const errorsCol = TEMPLATE_COLUMNS.length + 1;
  const warningsCol = errorsCol + 1;
  const headers = [...TEMPLATE_COLUMNS.map((f) => COLUMN_LABEL[f]), t.fix.errorsColumn, t.fix.warningsColumn];
  headers.forEach((h, i) => {
    const cell = sheet.getCell(headerAt, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEAD;
    const column = sheet.getColumn(i + 1);
    column.width = i < TEMPLATE_COLUMNS.length ? 24 : 60;
    // Text format, as in the template, so logins and passwords stay exactly as typed.
    if (i < TEMPLATE_COLUMNS.length) column.numFmt = '@';
  });
  for (const r of check.rows) {
    const values = r.row as Partial<Record<ParticipantField, string>>;
    TEMPLATE_COLUMNS.forEach((f, i) => {
      sheet.getCell(r.rowNumber, i + 1).value = neutraliseCell(values[f] ?? '');
    });
    const byField = new Map<number, string[]>();
    for (const e of r.errors) {
      const field = fieldOfLabel.get(e.column);
      const col = field ? TEMPLATE_COLUMNS.indexOf(field) + 1 : errorsCol;
      byField.set(col, [...(byField.get(col) ?? []), e.message]);
    }
    for (const [col, lines] of byField) {
      const cell = sheet.getCell(r.rowNumber, col);
      cell.fill = RED;
      if (col !== errorsCol) cell.note = lines.join('\n');
    }
    if (r.errors.length > 0) {
      const cell = sheet.getCell(r.rowNumber, errorsCol);
      cell.value = neutraliseCell(r.errors.map((e) => `${e.column}: ${e.message}`).join('\n'));
      cell.fill = RED;
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
    const w = warnings[r.rowNumber];
    if (w?.length) {
      const cell = sheet.getCell(r.rowNumber, warningsCol);
      cell.value = neutraliseCell(w.join('\n'));
      cell.fill = AMBER;
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: headerAt }];
  if (check.fileErrors.length > 0) {
    // Whole-list problems (seats, the notice address) on their own sheet: below the table they
    // would read back in as a participant; the parser skips a sheet without a header.
    const problems = workbook.addWorksheet(t.fix.listProblemsSheet);
    problems.getColumn(1).width = 100;
    check.fileErrors.forEach((line, i) => {
      const cell = problems.getCell(i + 1, 1);
      cell.value = neutraliseCell(line);
      cell.font = { bold: true, color: { argb: 'FF9C0006' } };
    });
  }
  return workbookBuffer(workbook);
}
