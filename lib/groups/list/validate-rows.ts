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
import { formatCount, pluralPl } from '@/lib/format/plural';

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
  flagRepeats(
    checks,
    'Login',
    (r) => r.login,
    (v, at) => `Login „${v}” powtarza się w wierszach ${at}.`,
  );
  flagRepeats(
    checks,
    'E-mail',
    (r) => r.email,
    (v, at) => `Adres e-mail „${v}” powtarza się w wierszach ${at}.`,
  );
  for (const c of checks) c.ok = c.errors.length === 0;

  const notifyEmail = ctx.notifyEmail ? normaliseEmail(ctx.notifyEmail) : null;
  const fileErrors: string[] = [];
  if (rows.length === 0)
    fileErrors.push(
      'Lista nie zawiera żadnego uczestnika. Wpisz imię i nazwisko każdej osoby w osobnym wierszu pod nagłówkiem.',
    );
  if (!notifyEmail)
    fileErrors.push(`Uzupełnij pole „${NOTIFY_EMAIL_LABEL}” — na ten adres wyślemy informację o utworzonych kontach.`);
  else if (!isEmail(notifyEmail))
    fileErrors.push(`Adres „${ctx.notifyEmail}” w polu „${NOTIFY_EMAIL_LABEL}” nie jest poprawnym adresem e-mail.`);
  if (rows.length > ctx.seatsLeft) fileErrors.push(seatsMessage(rows.length, ctx.seatsLeft));

  const ok = fileErrors.length === 0 && checks.every((c) => c.ok);
  return { ok, fileErrors, notifyEmail, rows: checks, validRows: checks.filter((c) => c.ok).map((c) => c.row) };
}

/** "Wiersz 4, kolumna „Imię”: Brak imienia…" — one line per problem, for a list or an e-mail. */
export function describeRowError(rowNumber: number, error: RowError): string {
  return `Wiersz ${rowNumber}, kolumna „${error.column}”: ${error.message}`;
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
  };
}

function checkRow(row: ParticipantRow, ctx: ListContext): RowCheck {
  const errors: RowError[] = [];
  const add = (column: ColumnLabel, message: string | null) => {
    if (message) errors.push({ column, message });
  };
  add(COLUMN_LABEL.firstName, nameProblem(row.firstName, 'Imię'));
  add(COLUMN_LABEL.lastName, nameProblem(row.lastName, 'Nazwisko'));
  if (row.email) {
    add('E-mail', emailProblem(row.email));
    if (ctx.takenEmails?.has(row.email)) add('E-mail', `Konto z adresem „${row.email}” już istnieje na platformie.`);
  }
  if (row.login) {
    add('Login', loginProblem(row.login));
    if (ctx.takenLogins.has(row.login))
      add(
        'Login',
        `Login „${row.login}” jest już zajęty na platformie — wpisz inny albo zostaw pole puste, a login wygenerujemy.`,
      );
  }
  if (row.password) for (const m of chosenPasswordProblems(row.password, row)) add('Hasło', m);
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
    const rowsText = `${numbers.slice(0, -1).join(', ')} i ${numbers[numbers.length - 1]}`;
    for (const c of group) c.errors.push({ column, message: message(value, rowsText) });
  }
}

function seatsMessage(needed: number, left: number): string {
  const accounts = `${formatCount(needed)} ${needed === 1 ? 'konta' : 'kont'}`;
  const seats = pluralPl(
    left,
    `zostało ${left} wolne miejsce`,
    `zostały ${formatCount(left)} wolne miejsca`,
    `zostało ${formatCount(left)} wolnych miejsc`,
  );
  return `Lista wymaga ${accounts}, a ${seats}. Usuń nadmiarowe osoby z listy albo dokup pakiet.`;
}
