// Reads an uploaded participant list. What the file is decided by its bytes, never by its
// name or MIME type (both are often wrong); those only help word a refusal.
import { parseCsv } from '@/lib/spreadsheets/csv';
import { sniffFile } from '@/lib/spreadsheets/file-sniff';
import { decodeText } from '@/lib/spreadsheets/text-decoding';
import { readXlsxRows, ZipRefused, type SheetRow, type SheetRows } from '@/lib/spreadsheets/xlsx-read';
import { hasCombinedNameColumn } from '@/lib/groups/list/participant-columns';
import {
  hasAnyCell,
  readParticipantTable,
  type ParticipantRow,
  type ParticipantTable,
} from '@/lib/groups/list/participant-table';
import { ParticipantFileError } from '@/lib/groups/list/participant-file-error';
import { fileSize } from '@/lib/format/file-size';
import { text as say } from '@/lib/i18n';

export type { ParticipantRow } from '@/lib/groups/list/participant-table';

export const MAX_PARTICIPANT_ROWS = 5000;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
// A full 5000-row sheet inflates to a few MB; anything near this is not a participant list.
const MAX_XLSX_INFLATED_BYTES = 100 * 1024 * 1024;
// Tried in this order; a tie goes to ';', which Polish Excel writes.
const SEPARATORS = [';', ',', '\t'];

export type DecodedParticipantFile = { notifyEmail: string | null; rows: ParticipantRow[] };

export async function decodeParticipantFile(
  buffer: Uint8Array,
  fileName: string,
  mimeType?: string,
): Promise<DecodedParticipantFile> {
  const buf = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buf.length === 0) throw new ParticipantFileError('empty', { code: 'groups.file.empty', params: [fileName] });
  if (buf.length > MAX_FILE_BYTES) {
    throw new ParticipantFileError('too-large', {
      code: 'groups.file.tooLarge',
      params: [fileName, fileSize(buf.length)],
    });
  }
  const sniffed = sniffFile(buf);
  if (sniffed.kind === 'legacy-xls') {
    throw new ParticipantFileError('unsupported', { code: 'groups.file.legacyXls', params: [fileName] });
  }
  if (sniffed.kind === 'other-binary')
    throw unsupported(fileName, say({ code: 'groups.file.kindBinary', params: [sniffed.name ?? ''] }));
  const table = sniffed.kind === 'xlsx' ? await tableFromXlsx(buf, fileName) : tableFromText(buf, fileName, mimeType);
  if (table.rows.length > MAX_PARTICIPANT_ROWS) {
    const n = table.rows.length;
    throw new ParticipantFileError('too-many-rows', {
      code: 'groups.file.tooManyRows',
      params: [n, MAX_PARTICIPANT_ROWS],
    });
  }
  return { notifyEmail: table.notifyEmail, rows: table.rows };
}

const unsupported = (fileName: string, what: string) =>
  new ParticipantFileError('unsupported', { code: 'groups.file.unsupported', params: [fileName, what] });

async function tableFromXlsx(buf: Buffer, fileName: string): Promise<ParticipantTable> {
  const corrupt = new ParticipantFileError('corrupt', { code: 'groups.file.corrupt', params: [fileName] });
  let sheets: SheetRows[];
  try {
    // Inflated under the limit, counted on the bytes produced, before exceljs sees anything.
    sheets = await readXlsxRows(buf, MAX_XLSX_INFLATED_BYTES);
  } catch (e) {
    if (e instanceof ZipRefused && e.reason === 'too-large')
      throw new ParticipantFileError('too-large', { code: 'groups.file.inflatedTooLarge', params: [fileName] });
    throw corrupt;
  }
  if (sheets.length === 0) throw unsupported(fileName, say('groups.file.kindArchive'));
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
  if (!decoded)
    throw unsupported(
      fileName,
      say(mimeType ? { code: 'groups.file.kindBinaryMime', params: [mimeType] } : 'groups.file.kindBinaryPlain'),
    );
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
  if (!hasAnyCell(rows)) return new ParticipantFileError('empty', { code: 'groups.file.noData', params: [fileName] });
  if (rows.some((r) => hasCombinedNameColumn(r.cells))) {
    return new ParticipantFileError('no-header', 'groups.file.combinedName');
  }
  return new ParticipantFileError('no-header', 'groups.file.noHeader');
}
