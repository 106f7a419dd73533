// A participant list written back as text our own parser reads (tab-separated UTF-8): after a
// row is fixed in place, and for rows pasted straight from Excel. Each row keeps its row number,
// so "wiersz 14" still names the same person after a fix.
import { toCsv } from '@/lib/spreadsheets/csv';
import {
  COLUMN_LABEL,
  NOTIFY_EMAIL_LABEL,
  TEMPLATE_COLUMNS,
  isHeader,
  mapColumns,
  type ParticipantField,
} from '@/lib/groups/list/participant-columns';
import type { ParticipantRow } from '@/lib/groups/list/participant-table';

const TAB = '\t';
// Excel's own separator hint: our parser honours it, so tabs decide and nothing is guessed.
const HINT = `sep=${TAB}\n`;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const header = () => TEMPLATE_COLUMNS.map((f) => COLUMN_LABEL[f]);
const cellsOf = (row: ParticipantRow) =>
  TEMPLATE_COLUMNS.map((f: ParticipantField) => (row as Partial<Record<ParticipantField, string>>)[f] ?? '');

const encode = (lines: string[][]) => Buffer.concat([BOM, Buffer.from(HINT + toCsv(lines, TAB), 'utf8')]);

/** The list as text: the notice address and the header above the first row, each row on its own line number. */
export function participantListText(list: { notifyEmail: string | null; rows: readonly ParticipantRow[] }): Buffer {
  const rows = [...list.rows].sort((a, b) => a.rowNumber - b.rowNumber);
  const first = rows[0]?.rowNumber ?? 3;
  // The header sits right above the first row and the notice address above it (a list without
  // an address above its header starts on row 2, so there is no room and nothing to keep).
  const headerAt = Math.max(1, first - 1);
  const lines: string[][] = Array.from({ length: headerAt - 1 }, () => []);
  if (list.notifyEmail && headerAt >= 2) lines[headerAt - 2] = [NOTIFY_EMAIL_LABEL, list.notifyEmail];
  lines.push(header());
  for (const row of rows) {
    while (lines.length < row.rowNumber - 1) lines.push([]);
    lines.push(cellsOf(row));
  }
  return encode(lines);
}

/**
 * Rows pasted from Excel (tab-separated, with or without the header row): the notice address and
 * the template's header are put above them, so the same parser reads them as it reads a file.
 */
export function pastedListText(pasted: string, notifyEmail: string): Buffer {
  const lines = pasted
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const firstFilled = lines.find((l) => l.trim() !== '') ?? '';
  const hasHeader = isHeader(mapColumns(firstFilled.split(TAB)));
  const top = [[NOTIFY_EMAIL_LABEL, notifyEmail], ...(hasHeader ? [] : [header()])];
  // Pasted lines go in as they are (quotes and all), as Excel put them on the clipboard.
  return Buffer.concat([BOM, Buffer.from(HINT + toCsv(top, TAB) + lines.join('\n') + '\n', 'utf8')]);
}
