// Test files built in code: spreadsheets, CSV in each encoding, and PDF text extraction.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type Cells = (string | number | null)[];

export async function xlsxFile(rows: Cells[], sheets: { name: string; rows: Cells[] }[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const s of [{ name: 'Lista', rows }, ...sheets]) {
    const sheet = workbook.addWorksheet(s.name);
    s.rows.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v !== null) sheet.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type CsvEncoding = 'utf8' | 'utf8-bom' | 'win1250';

export function csvFile(text: string, encoding: CsvEncoding): Buffer {
  if (encoding === 'win1250') return iconv.encode(text, 'win1250');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

export const csvLines = (rows: string[][], sep: string) => rows.map((r) => r.join(sep)).join('\r\n') + '\r\n';

export const PDFTOTEXT = '/usr/bin/pdftotext';
export const hasPdfToText = existsSync(PDFTOTEXT);

/** The text of a PDF as poppler extracts it (what a reader copying from the PDF would get). */
export function pdfText(pdf: Buffer, layout = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'planeta-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return execFileSync(PDFTOTEXT, [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "841.89 x 595.28 pts (A4)" for a landscape A4 page, from poppler's pdfinfo. */
export function pdfPageSize(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'planeta-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
    return /Page size:\s+(.*)/.exec(info)?.[1] ?? '';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function readXlsx(buf: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return workbook;
}
