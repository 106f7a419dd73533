// From rows of cells (a sheet or a CSV) to the participant list: find the header, read the
// notice address above it, map each row below it onto the participant fields.
import {
  findNotifyEmail,
  isHeader,
  mapColumns,
  type ColumnMap,
  type ParticipantField,
} from '@/lib/groups/list/participant-columns';
import type { SheetRow } from '@/lib/spreadsheets/xlsx-read';

// The header must be near the top; searching further would mistake data for a header.
const HEADER_SCAN_ROWS = 20;

export type ParticipantRow = {
  /** The row number the user sees in Excel (1-based, counting blank and instruction rows). */
  rowNumber: number;
  firstName: string;
  lastName: string;
  email?: string;
  login?: string;
  password?: string;
  /** As typed (DD.MM.RRRR, or RRRR-MM-DD from an Excel date cell); checked by birth-data.ts. */
  birthDate?: string;
  birthPlace?: string;
};

export type ParticipantTable = { notifyEmail: string | null; rows: ParticipantRow[]; columns: ColumnMap };

const isBlank = (row: SheetRow) => row.cells.every((c) => c === '');

/** The table, or null when no header row with "Imię" and "Nazwisko" is found near the top. */
export function readParticipantTable(sheetRows: readonly SheetRow[]): ParticipantTable | null {
  const rows = sheetRows.filter((r) => !isBlank(r));
  const headerAt = rows.slice(0, HEADER_SCAN_ROWS).findIndex((r) => isHeader(mapColumns(r.cells)));
  if (headerAt < 0) return null;
  const columns = mapColumns(rows[headerAt].cells);
  const cell = (row: SheetRow, field: ParticipantField) => {
    const index = columns[field];
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  const participants = rows
    .slice(headerAt + 1)
    .map((row): ParticipantRow => {
      const optional = (field: ParticipantField) => cell(row, field) || undefined;
      return {
        rowNumber: row.rowNumber,
        firstName: cell(row, 'firstName'),
        lastName: cell(row, 'lastName'),
        email: optional('email'),
        login: optional('login'),
        password: optional('password'),
        birthDate: optional('birthDate'),
        birthPlace: optional('birthPlace'),
      };
    })
    // A row with text only in columns we do not read (a note, "Dział") is not a participant.
    .filter((p) => p.firstName || p.lastName || p.email || p.login || p.password);
  return { notifyEmail: findNotifyEmail(rows.slice(0, headerAt)), rows: participants, columns };
}

export const hasAnyCell = (sheetRows: readonly SheetRow[]) => sheetRows.some((r) => !isBlank(r));
