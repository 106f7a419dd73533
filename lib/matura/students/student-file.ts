// Reads a student list (XLSX or CSV, as Excel writes it: cp1250 or UTF-8, ';' or ','): what the
// file is is decided by its bytes, the columns by the header row's words, so "Imię", "IMIE" and
// "imię ucznia" are one column. Refusals of the whole file are UserErrors naming the file.
import { UserError } from '@/lib/errors';
import { fileSize } from '@/lib/format/file-size';
import { normaliseHeader } from '@/lib/groups/list/participant-columns';
import { messages } from '@/lib/i18n';
import { parseCsv, toCsv } from '@/lib/spreadsheets/csv';
import { sniffFile } from '@/lib/spreadsheets/file-sniff';
import { decodeText } from '@/lib/spreadsheets/text-decoding';
import { readXlsxRows, ZipRefused, type SheetRow } from '@/lib/spreadsheets/xlsx-read';
import type { StudentCells, StudentColumn } from '@/lib/matura/rules/student-row';

export const MAX_STUDENT_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_STUDENT_ROWS = 2000;
// A school's list inflates to a few hundred KB; far more is not a student list.
const MAX_INFLATED_BYTES = 20 * 1024 * 1024;
const SEPARATORS = [';', ',', '\t'];
const HEADER_ROWS_SEARCHED = 20;

// Compared after normaliseHeader (no case, no Polish letters, no spaces or "(…)").
const SYNONYMS: Record<StudentColumn, string[]> = {
  lastName: ['nazwisko', 'nazwiskoucznia', 'lastname', 'surname'],
  firstName: ['imie', 'imieucznia', 'pierwszeimie', 'firstname'],
  className: ['klasa', 'oddzial', 'klasaoddzial', 'class'],
  formula: ['formula', 'formulaegzaminu', 'formulamatury'],
  vocationalExemption: ['zwolnienie', 'zwolniony', 'dyplom', 'dyplomzawodowy', 'zwolnieniezprzedmiotudodatkowego'],
};
const REQUIRED: StudentColumn[] = ['lastName', 'firstName', 'className'];

export type StudentFileRow = { rowNumber: number; cells: StudentCells };

export async function readStudentFile(bytes: Uint8Array, fileName: string): Promise<StudentFileRow[]> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tooLarge = () =>
    new UserError({ code: 'plannerStudents.file.tooLarge', params: [fileName, fileSize(buf.length)] });
  const unsupported = () => new UserError({ code: 'plannerStudents.file.unsupported', params: [fileName] });
  if (buf.length === 0) throw new UserError({ code: 'plannerStudents.file.empty', params: [fileName] });
  if (buf.length > MAX_STUDENT_FILE_BYTES) throw tooLarge();
  const sniffed = sniffFile(buf);
  if (sniffed.kind === 'legacy-xls')
    throw new UserError({ code: 'plannerStudents.file.legacyXls', params: [fileName] });
  if (sniffed.kind === 'other-binary') throw unsupported();
  let candidates: SheetRow[][];
  if (sniffed.kind === 'xlsx') {
    try {
      candidates = (await readXlsxRows(buf, MAX_INFLATED_BYTES)).map((s) => s.rows);
    } catch (e) {
      if (e instanceof ZipRefused && e.reason === 'too-large') throw tooLarge();
      throw new UserError({ code: 'plannerStudents.file.corrupt', params: [fileName] });
    }
  } else {
    const decoded = decodeText(buf);
    if (!decoded) throw unsupported();
    // Excel honours a first line "sep=;" and hides it.
    const hint = /^sep=(.)\r?\n/i.exec(decoded.text);
    const text = hint ? decoded.text.slice(hint[0].length) : decoded.text;
    candidates = (hint ? [hint[1]] : SEPARATORS).map((sep) =>
      parseCsv(text, sep).map((cells, i) => ({ rowNumber: i + 1 + (hint ? 1 : 0), cells: cells.map((c) => c.trim()) })),
    );
  }
  // The first sheet (or separator) with a header naming the required columns wins.
  for (const rows of candidates) {
    const table = tableOf(rows);
    if (!table) continue;
    if (table.length === 0) throw new UserError({ code: 'plannerStudents.file.noRows', params: [fileName] });
    if (table.length > MAX_STUDENT_ROWS)
      throw new UserError({ code: 'plannerStudents.file.tooManyRows', params: [table.length, MAX_STUDENT_ROWS] });
    return table;
  }
  throw new UserError('plannerStudents.file.noHeader');
}

function tableOf(rows: SheetRow[]): StudentFileRow[] | null {
  for (const header of rows.slice(0, HEADER_ROWS_SEARCHED)) {
    const columns = columnsOf(header.cells);
    if (!REQUIRED.every((c) => columns[c] !== undefined)) continue;
    return rows
      .filter((r) => r.rowNumber > header.rowNumber && r.cells.some((c) => c.trim() !== ''))
      .map((r) => ({
        rowNumber: r.rowNumber,
        cells: Object.fromEntries(
          Object.entries(columns).map(([field, i]) => [field, (r.cells[i] ?? '').trim()]),
        ) as StudentCells,
      }));
  }
  return null;
}

function columnsOf(cells: readonly string[]): Partial<Record<StudentColumn, number>> {
  const out: Partial<Record<StudentColumn, number>> = {};
  cells.forEach((cell, i) => {
    const key = normaliseHeader(cell);
    for (const [field, names] of Object.entries(SYNONYMS) as [StudentColumn, string[]][]) {
      if (out[field] === undefined && names.includes(key)) out[field] = i;
    }
  });
  return out;
}

/** The CSV template (UTF-8 with BOM, ';' as Polish Excel writes): the header and one example row. */
export function studentTemplateCsv(): Buffer {
  const c = messages().plannerStudents.columns;
  const rows = [
    [c.lastName, c.firstName, c.className, c.formula, c.vocationalExemption],
    [...messages().plannerStudents.templateExample],
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv(rows, ';'), 'utf8')]);
}
