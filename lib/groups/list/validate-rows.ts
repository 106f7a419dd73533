// Checks a decoded participant list before any account is created: each row on its own,
// repeats inside the file, clashes with the platform, and the list as a whole.
import type { ParticipantRow } from '@/lib/groups/list/participant-table';
import { COLUMN_LABEL, NOTIFY_EMAIL_LABEL, type ColumnLabel } from '@/lib/groups/list/participant-columns';
import { loginProblem, normaliseLogin } from '@/lib/groups/accounts/logins';
import {
  chosenPasswordProblems,
  emailProblem,
  isEmail,
  nameProblem,
  normaliseEmail,
  normaliseName,
} from '@/lib/groups/list/field-rules';
import { birthDateProblem } from '@/lib/groups/list/birth-data';
import { messages } from '@/lib/i18n';

const t = messages().groups.rows;
const c = messages().groups.columns;

export type RowError = { column: ColumnLabel; message: string };
/** `row` is normalised (names tidied, e-mail and login lower-case); errors are empty when ok. */
export type RowCheck = { rowNumber: number; row: ParticipantRow; ok: boolean; errors: RowError[] };
export type ListCheck = {
  ok: boolean;
  fileErrors: string[];
  notifyEmail: string | null;
  rows: RowCheck[];
  validRows: ParticipantRow[];
};

export type ListContext = {
  /** Logins already on the platform, lower-case. */
  takenLogins: ReadonlySet<string>;
  /** Seats of the purchase still without an account. */
  seatsLeft: number;
  /** From the file; required, the account notice goes there. */
  notifyEmail: string | null;
  /** E-mails that already have an account (User.email is unique), lower-case; optional. */
  takenEmails?: ReadonlySet<string>;
};

export function validateParticipantRows(rows: readonly ParticipantRow[], ctx: ListContext): ListCheck {
  const checks = rows.map((raw) => checkRow(normaliseRow(raw), ctx));
  flagRepeats(checks, c.login, (r) => r.login, t.loginRepeated);
  flagRepeats(checks, c.email, (r) => r.email, t.emailRepeated);
  for (const c of checks) c.ok = c.errors.length === 0;

  const notifyEmail = ctx.notifyEmail ? normaliseEmail(ctx.notifyEmail) : null;
  const fileErrors: string[] = [];
  if (rows.length === 0) fileErrors.push(t.emptyList);
  if (!notifyEmail) fileErrors.push(t.notifyMissing(NOTIFY_EMAIL_LABEL));
  else if (!isEmail(notifyEmail)) fileErrors.push(t.notifyInvalid(ctx.notifyEmail ?? '', NOTIFY_EMAIL_LABEL));
  if (rows.length > ctx.seatsLeft) fileErrors.push(t.seats(rows.length, ctx.seatsLeft));

  const ok = fileErrors.length === 0 && checks.every((c) => c.ok);
  return { ok, fileErrors, notifyEmail, rows: checks, validRows: checks.filter((c) => c.ok).map((c) => c.row) };
}

/** "Wiersz 4, kolumna „Imię”: Brak imienia…" — one line per problem, for a list or an e-mail. */
export function describeRowError(rowNumber: number, error: RowError): string {
  return t.rowError(rowNumber, error.column, error.message);
}

/** Every problem of the list as lines: whole-file problems first, then row by row. */
export function listProblems(check: ListCheck): string[] {
  return [...check.fileErrors, ...check.rows.flatMap((c) => c.errors.map((e) => describeRowError(c.rowNumber, e)))];
}

function normaliseRow(row: ParticipantRow): ParticipantRow {
  return {
    rowNumber: row.rowNumber,
    firstName: normaliseName(row.firstName),
    lastName: normaliseName(row.lastName),
    email: row.email ? normaliseEmail(row.email) : undefined,
    login: row.login ? normaliseLogin(row.login) : undefined,
    password: row.password || undefined,
    birthDate: row.birthDate?.trim() || undefined,
    birthPlace: row.birthPlace?.replace(/\s+/g, ' ').trim() || undefined,
  };
}

function checkRow(row: ParticipantRow, ctx: ListContext): RowCheck {
  const errors: RowError[] = [];
  const add = (column: ColumnLabel, message: string | null) => {
    if (message) errors.push({ column, message });
  };
  add(COLUMN_LABEL.firstName, nameProblem(row.firstName, 'firstName'));
  add(COLUMN_LABEL.lastName, nameProblem(row.lastName, 'lastName'));
  if (row.email) {
    add(c.email, emailProblem(row.email));
    if (ctx.takenEmails?.has(row.email)) add(c.email, t.emailTaken(row.email));
  }
  if (row.login) {
    add(c.login, loginProblem(row.login));
    if (ctx.takenLogins.has(row.login)) add(c.login, t.loginTaken(row.login));
  }
  if (row.password) for (const m of chosenPasswordProblems(row.password, row)) add(c.password, m);
  if (row.birthDate) add(c.birthDate, birthDateProblem(row.birthDate));
  return { rowNumber: row.rowNumber, row, ok: errors.length === 0, errors };
}

/** Every row sharing a value gets the error, naming all of them: "w wierszach 4 i 9". */
function flagRepeats(
  checks: RowCheck[],
  column: ColumnLabel,
  key: (r: ParticipantRow) => string | undefined,
  message: (value: string, rowsText: string) => string,
) {
  const byValue = new Map<string, RowCheck[]>();
  for (const c of checks) {
    const value = key(c.row);
    if (!value) continue;
    const group = byValue.get(value);
    if (group) group.push(c);
    else byValue.set(value, [c]);
  }
  for (const [value, group] of byValue) {
    if (group.length < 2) continue;
    const numbers = group.map((c) => String(c.rowNumber));
    const rowsText = t.rowList(numbers);
    for (const c of group) c.errors.push({ column, message: message(value, rowsText) });
  }
}
