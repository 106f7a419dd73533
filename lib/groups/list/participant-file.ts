// Reads an uploaded participant list. What the file is decided by its bytes, never by its
// name or MIME type (both are often wrong); those only help word a refusal.
import { checkZip } from '@/lib/spreadsheets/zip-guard';
import { parseCsv } from '@/lib/spreadsheets/csv';
import { sniffFile } from '@/lib/spreadsheets/file-sniff';
import { decodeText } from '@/lib/spreadsheets/text-decoding';
import { readXlsxRows, type SheetRow, type SheetRows } from '@/lib/spreadsheets/xlsx-read';
import { hasCombinedNameColumn } from '@/lib/groups/list/participant-columns';
import {
  hasAnyCell,
  readParticipantTable,
  type ParticipantRow,
  type ParticipantTable,
} from '@/lib/groups/list/participant-table';
import { ParticipantFileError } from '@/lib/groups/list/participant-file-error';
import { formatCount, pluralPl } from '@/lib/format/plural';
import { fileSize } from '@/lib/format/file-size';

export type { ParticipantRow } from '@/lib/groups/list/participant-table';

export const MAX_PARTICIPANT_ROWS = 5000;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
// A full 5000-row sheet inflates to a few MB; anything near this is not a participant list.
const MAX_XLSX_INFLATED_BYTES = 100 * 1024 * 1024;
// Tried in this order; a tie goes to ';', which Polish Excel writes.
const SEPARATORS = [';', ',', '\t'];

export type DecodedParticipantFile = { notifyEmail: string | null; rows: ParticipantRow[] };

const ACCEPTED = 'Prześlij arkusz Excel (.xlsx) albo plik CSV — najlepiej wypełniony szablon listy uczestników.';

export async function decodeParticipantFile(
  buffer: Uint8Array,
  fileName: string,
  mimeType?: string,
): Promise<DecodedParticipantFile> {
  const buf = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buf.length === 0) throw new ParticipantFileError('empty', `Plik „${fileName}” jest pusty.`);
  if (buf.length > MAX_FILE_BYTES) {
    throw new ParticipantFileError(
      'too-large',
      `Plik „${fileName}” ma ${fileSize(buf.length)}, a lista uczestników może mieć najwyżej 5 MB.`,
    );
  }
  const sniffed = sniffFile(buf);
  if (sniffed.kind === 'legacy-xls') {
    throw new ParticipantFileError(
      'unsupported',
      `Plik „${fileName}” jest w starym formacie Excel 97–2003 (.xls). Zapisz go w Excelu jako „Skoroszyt programu Excel (.xlsx)” albo CSV i prześlij ponownie.`,
    );
  }
  if (sniffed.kind === 'other-binary') throw unsupported(fileName, `plik ${sniffed.name}`);
  const table = sniffed.kind === 'xlsx' ? await tableFromXlsx(buf, fileName) : tableFromText(buf, fileName, mimeType);
  if (table.rows.length > MAX_PARTICIPANT_ROWS) {
    const n = table.rows.length;
    throw new ParticipantFileError(
      'too-many-rows',
      `Plik zawiera ${formatCount(n)} ${pluralPl(n, 'wiersz', 'wiersze', 'wierszy')} z uczestnikami, a jedna lista może mieć najwyżej ${formatCount(MAX_PARTICIPANT_ROWS)} wierszy. Podziel listę na mniejsze pliki.`,
    );
  }
  return { notifyEmail: table.notifyEmail, rows: table.rows };
}

const unsupported = (fileName: string, what: string) =>
  new ParticipantFileError('unsupported', `Plik „${fileName}” to ${what}, a nie lista uczestników. ${ACCEPTED}`);

async function tableFromXlsx(buf: Buffer, fileName: string): Promise<ParticipantTable> {
  const corrupt = new ParticipantFileError(
    'corrupt',
    `Nie udało się odczytać pliku „${fileName}”: plik Excel jest uszkodzony lub niekompletny. Otwórz go w Excelu, zapisz ponownie jako .xlsx i prześlij jeszcze raz.`,
  );
  const zip = checkZip(buf, MAX_XLSX_INFLATED_BYTES);
  if (!zip.ok && zip.reason === 'corrupt') throw corrupt;
  if (!zip.ok)
    throw new ParticipantFileError(
      'too-large',
      `Plik „${fileName}” jest zbyt duży jak na listę uczestników. ${ACCEPTED}`,
    );
  let sheets: SheetRows[];
  try {
    sheets = await readXlsxRows(buf);
  } catch {
    throw corrupt;
  }
  if (sheets.length === 0) throw unsupported(fileName, 'archiwum ZIP lub dokument innego rodzaju');
  // The list is on the first sheet that has a header; others may hold instructions.
  for (const sheet of sheets) {
    const table = readParticipantTable(sheet.rows);
    if (table) return table;
  }
  throw noTable(
    fileName,
    sheets.flatMap((s) => s.rows),
  );
}

function tableFromText(buf: Buffer, fileName: string, mimeType?: string): ParticipantTable {
  const decoded = decodeText(buf);
  if (!decoded) throw unsupported(fileName, mimeType ? `plik binarny (${mimeType})` : 'plik binarny');
  // Excel honours a first line "sep=;" and hides it, so the rows the user sees start after it.
  const hint = /^sep=(.)\r?\n/i.exec(decoded.text);
  const text = hint ? decoded.text.slice(hint[0].length) : decoded.text;
  let best: { table: ParticipantTable; score: number } | null = null;
  let fallbackRows: SheetRow[] = [];
  for (const separator of hint ? [hint[1]] : SEPARATORS) {
    const rows = parseCsv(text, separator).map((cells, i) => ({ rowNumber: i + 1, cells: cells.map((c) => c.trim()) }));
    if (fallbackRows.length === 0) fallbackRows = rows;
    const table = readParticipantTable(rows);
    const score = table ? Object.keys(table.columns).length : 0;
    if (table && (!best || score > best.score)) best = { table, score };
  }
  if (best) return best.table;
  throw noTable(fileName, fallbackRows);
}

function noTable(fileName: string, rows: SheetRow[]): ParticipantFileError {
  if (!hasAnyCell(rows)) return new ParticipantFileError('empty', `Plik „${fileName}” nie zawiera żadnych danych.`);
  if (rows.some((r) => hasCombinedNameColumn(r.cells))) {
    return new ParticipantFileError(
      'no-header',
      'Imię i nazwisko muszą być w dwóch osobnych kolumnach: „Imię” i „Nazwisko”. Użyj szablonu listy uczestników.',
    );
  }
  return new ParticipantFileError(
    'no-header',
    'Nie znaleziono wiersza nagłówka z kolumnami „Imię” i „Nazwisko”. Użyj szablonu albo dodaj nad listą wiersz z nazwami kolumn: Imię, Nazwisko, E-mail, Login, Hasło.',
  );
}
