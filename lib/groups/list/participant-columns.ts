// The participant list's columns, and how we recognise them in whatever header row the
// company ended up with: "Imię", "IMIE", "imię *", "First name" all mean the same column.
import { transliterate } from '@/lib/format/transliterate';
import type { SheetRow } from '@/lib/spreadsheets/xlsx-read';
import { messages } from '@/lib/i18n';

// birthDate and birthPlace: optional, printed on a BHP course's certificate (lib/groups/list/birth-data.ts).
export type ParticipantField = 'firstName' | 'lastName' | 'email' | 'login' | 'password' | 'birthDate' | 'birthPlace';
export type ColumnLabel = string;

/** Column names as the template prints them and as error messages cite them. */
export const COLUMN_LABEL: Record<ParticipantField, ColumnLabel> = messages().groups.columns;
export const TEMPLATE_COLUMNS: ParticipantField[] = ['firstName', 'lastName', 'email', 'login', 'password'];
/** Read when the company adds them (a BHP course's certificate prints them); not in every template. */
const RECOGNISED_COLUMNS: ParticipantField[] = [...TEMPLATE_COLUMNS, 'birthDate', 'birthPlace'];

/** The label of the cell next to which the company writes where the account notice goes. */
export const NOTIFY_EMAIL_LABEL = messages().groups.notifyEmailLabel;

// Compared after normaliseHeader, so case, Polish letters, spaces, "*" and "(…)" do not matter.
const SYNONYMS: Record<ParticipantField, string[]> = {
  firstName: ['imie', 'imieuczestnika', 'firstname', 'first', 'givenname', 'forename'],
  lastName: ['nazwisko', 'nazwiskouczestnika', 'lastname', 'last', 'surname', 'familyname'],
  email: ['email', 'mail', 'adresemail', 'emailuczestnika', 'emailaddress'],
  login: ['login', 'loginuczestnika', 'nazwauzytkownika', 'username', 'user', 'userid'],
  password: ['haslo', 'haslouczestnika', 'password', 'pass'],
  birthDate: ['dataurodzenia', 'urodzony', 'urodzona', 'dateofbirth', 'birthdate'],
  birthPlace: ['miejsceurodzenia', 'miejscowoscurodzenia', 'placeofbirth', 'birthplace'],
};

export const normaliseHeader = (text: string) =>
  transliterate(text)
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[^a-z0-9]/g, '');

export type ColumnMap = Partial<Record<ParticipantField, number>>;

/** Which column holds which field, by this row's header texts (the first match wins). */
export function mapColumns(cells: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  cells.forEach((cell, index) => {
    const key = normaliseHeader(cell);
    const field = RECOGNISED_COLUMNS.find((f) => SYNONYMS[f].includes(key));
    if (field && map[field] === undefined) map[field] = index;
  });
  return map;
}

export const isHeader = (map: ColumnMap) => map.firstName !== undefined && map.lastName !== undefined;

/** A header with one "Imię i nazwisko" column: worth its own message, it is a common layout. */
export const hasCombinedNameColumn = (cells: readonly string[]) =>
  cells.some((c) => ['imieinazwisko', 'nazwiskoiimie', 'fullname', 'name'].includes(normaliseHeader(c)));

const isNotifyLabel = (cell: string) => {
  const key = normaliseHeader(cell);
  return key.length < 60 && /powiadom|notif/.test(key);
};

/**
 * The notice address from the rows above the header: the first non-empty cell to the right
 * of the label, or an address written into the label cell itself ("…: biuro@firma.pl").
 * Null when there is no label or nothing was filled in.
 */
export function findNotifyEmail(rowsAboveHeader: readonly SheetRow[]): string | null {
  for (const { cells } of rowsAboveHeader) {
    const at = cells.findIndex((c) => isNotifyLabel(c.split(':')[0]));
    if (at < 0) continue;
    const inLabel = cells[at].includes(':') ? cells[at].slice(cells[at].indexOf(':') + 1).trim() : '';
    const value = inLabel || cells.slice(at + 1).find((c) => c !== '');
    return value ?? null;
  }
  return null;
}
