// The rows of every sheet of an .xlsx as plain trimmed strings, whatever Excel stored
// (numbers, dates, rich text, mailto: links, formulas with cached results). exceljs only ever
// sees a zip rebuilt from entries this module inflated under a byte limit (zip-guard.ts).
import ExcelJS from 'exceljs';
import { inflateZip } from './zip-guard';
import { zipStore } from './zip-write';

/** A spreadsheet with a few thousand rows inflates to a few MB; this is far past any of them. */
export const MAX_XLSX_INFLATED_BYTES = 100 * 1024 * 1024;

export class ZipRefused extends Error {
  constructor(readonly reason: 'corrupt' | 'too-large') {
    super(`Spreadsheet zip refused: ${reason}`);
  }
}

/** One non-empty row: its number as the spreadsheet shows it and its cells as text. */
export type SheetRow = { rowNumber: number; cells: string[] };
export type SheetRows = { name: string; rows: SheetRow[] };

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return '';
}

/**
 * Throws ZipRefused for a zip that is broken or inflates past `maxInflatedBytes`, and whatever
 * exceljs throws for a file it cannot read; the caller words the refusal.
 */
export async function readXlsxRows(buf: Buffer, maxInflatedBytes = MAX_XLSX_INFLATED_BYTES): Promise<SheetRows[]> {
  const zip = inflateZip(buf, maxInflatedBytes);
  if (!zip.ok) throw new ZipRefused(zip.reason);
  // The verified entries, stored uncompressed: exceljs inflates nothing we have not counted.
  const verified = zipStore(zip.entries, { year: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
  const workbook = new ExcelJS.Workbook();
  // exceljs types its own pre-generic Buffer; a Node Buffer is exactly what it reads.
  await workbook.xlsx.load(verified as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value).trim();
      });
      rows.push({ rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    return { name: sheet.name, rows };
  });
}
