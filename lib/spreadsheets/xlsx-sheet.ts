// The common shape of every spreadsheet we hand out: a few title lines, then one table with
// a bold header, filters and a frozen header row. Text passes through neutraliseCell.
import ExcelJS from 'exceljs';
import { neutraliseCell } from '@/lib/spreadsheets/neutralise-cell';

export type XlsxColumn = { header: string; width: number; numFmt?: string };
export type XlsxCell = string | number | null | { value: number; numFmt: string };

/** A workbook stamped with `date`, so the same data gives the same file. */
export function newWorkbook(date: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planeta';
  workbook.lastModifiedBy = 'Planeta';
  workbook.created = date;
  workbook.modified = date;
  return workbook;
}

export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string[],
  columns: XlsxColumn[],
  rows: XlsxCell[][],
) {
  const sheet = workbook.addWorksheet(name);
  title.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = neutraliseCell(line);
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  const headerRow = title.length + 2;
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  rows.forEach((row, r) => {
    row.forEach((value, i) => {
      const cell = sheet.getCell(headerRow + 1 + r, i + 1);
      if (typeof value === 'string') cell.value = neutraliseCell(value);
      else if (value !== null && typeof value === 'object') {
        cell.value = value.value;
        cell.numFmt = value.numFmt;
      } else cell.value = value;
      const numFmt = columns[i]?.numFmt;
      if (numFmt && typeof value !== 'object') cell.numFmt = numFmt;
    });
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  return sheet;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
