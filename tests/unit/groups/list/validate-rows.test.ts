import { describe, expect, it } from 'vitest';
import {
  describeRowError,
  listProblems,
  validateParticipantRows,
  type ListContext,
} from '@/lib/groups/list/validate-rows';
import type { ParticipantRow } from '@/lib/groups/list/participant-file';

const ctx = (over: Partial<ListContext> = {}): ListContext => ({
  takenLogins: new Set(['zajety.login']),
  seatsLeft: 100,
  notifyEmail: 'kadry@firma.pl',
  ...over,
});
let next = 2;
const row = (firstName: string, lastName: string, extra: Partial<ParticipantRow> = {}): ParticipantRow => ({
  rowNumber: next++,
  firstName,
  lastName,
  ...extra,
});
const errorsOf = (check: ReturnType<typeof validateParticipantRows>, rowNumber: number) =>
  check.rows.find((r) => r.rowNumber === rowNumber)?.errors ?? [];

describe('validateParticipantRows: names', () => {
  it('accepts Polish letters, hyphens, apostrophes and spaces', () => {
    const rows = [
      row('Łucja', 'Żółć'),
      row('Anna-Maria', "O'Brien"),
      row('Jean', 'd’Arc'),
      row('José', 'de la Cruz'),
      row('Żaneta'.normalize('NFD'), 'Śliwa'.normalize('NFD')),
    ];
    const check = validateParticipantRows(rows, ctx());
    expect(check.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.validRows[4].firstName).toBe('Żaneta');
  });

  it('tidies spaces, also around a hyphen', () => {
    const check = validateParticipantRows([row('  Anna   Maria ', 'Kowalska - Nowak')], ctx());
    expect(check.validRows[0]).toMatchObject({ firstName: 'Anna Maria', lastName: 'Kowalska-Nowak' });
  });

  it('names the row and the column of each problem', () => {
    const bad = [row('', 'Nowak'), row('Jan2', 'Kowalski'), row('Ewa', '???'), row('Jan', 'Kowalski-'), row('Ola', '')];
    const check = validateParticipantRows(bad, ctx());
    expect(check.ok).toBe(false);
    expect(errorsOf(check, bad[0].rowNumber)).toEqual([
      { column: 'Imię', message: 'Brak imienia — to pole jest wymagane.' },
    ]);
    expect(errorsOf(check, bad[1].rowNumber)).toEqual([{ column: 'Imię', message: 'Imię nie może zawierać cyfr.' }]);
    expect(errorsOf(check, bad[2].rowNumber)).toEqual([
      { column: 'Nazwisko', message: 'Nazwisko może zawierać tylko litery, spacje, myślniki i apostrofy.' },
    ]);
    expect(errorsOf(check, bad[3].rowNumber)[0].column).toBe('Nazwisko');
    expect(errorsOf(check, bad[4].rowNumber)).toEqual([
      { column: 'Nazwisko', message: 'Brak nazwiska — to pole jest wymagane.' },
    ]);
    expect(listProblems(check)).toContain(`Wiersz ${bad[1].rowNumber}, kolumna „Imię”: Imię nie może zawierać cyfr.`);
    expect(check.validRows).toEqual([]);
  });
});

describe('validateParticipantRows: e-mail, login, password', () => {
  it('checks e-mail format and platform clashes', () => {
    const rows = [row('Jan', 'Kos', { email: 'jan@' }), row('Ewa', 'Kos', { email: 'EWA@Firma.pl' })];
    const check = validateParticipantRows(rows, ctx({ takenEmails: new Set(['ewa@firma.pl']) }));
    expect(errorsOf(check, rows[0].rowNumber)).toEqual([
      { column: 'E-mail', message: '„jan@” nie jest poprawnym adresem e-mail.' },
    ]);
    expect(errorsOf(check, rows[1].rowNumber)).toEqual([
      { column: 'E-mail', message: 'Konto z adresem „ewa@firma.pl” już istnieje na platformie.' },
    ]);
  });

  it('normalises given logins to lower case and refuses bad or taken ones', () => {
    const rows = [
      row('A', 'B', { login: 'Zajety.Login' }),
      row('C', 'D', { login: 'łukasz' }),
      row('E', 'F', { login: 'Dobry.Login' }),
    ];
    const check = validateParticipantRows(rows, ctx());
    expect(errorsOf(check, rows[0].rowNumber)[0]).toMatchObject({
      column: 'Login',
      message: expect.stringContaining('„zajety.login” jest już zajęty'),
    });
    expect(errorsOf(check, rows[1].rowNumber)[0].column).toBe('Login');
    expect(check.rows[2]).toMatchObject({ ok: true, row: { login: 'dobry.login' } });
  });

  it('checks given passwords against the platform rule, the login/e-mail and formula characters', () => {
    const rows = [
      row('A', 'B', { password: 'krotkie1' }),
      row('C', 'D', { login: 'ania.nowak1', password: 'Ania.Nowak1' }),
      row('E', 'F', { password: '=HYPERLINK(1)abc' }),
      row('G', 'H', { password: 'Dobre-haslo-7' }),
    ];
    const check = validateParticipantRows(rows, ctx());
    expect(errorsOf(check, rows[0].rowNumber)).toEqual([
      { column: 'Hasło', message: 'Hasło musi mieć co najmniej 10 znaków.' },
    ]);
    expect(errorsOf(check, rows[1].rowNumber)).toEqual([
      { column: 'Hasło', message: 'Hasło nie może być takie samo jak login ani adres e-mail.' },
    ]);
    expect(errorsOf(check, rows[2].rowNumber)[0].message).toMatch(/nie może zaczynać się znakiem =/);
    expect(check.rows[3].ok).toBe(true);
  });
});

describe('validateParticipantRows: repeats inside the file', () => {
  it('names both rows for a repeated login, in any case', () => {
    const rows: ParticipantRow[] = [
      { rowNumber: 4, firstName: 'Jan', lastName: 'Kowalski', login: 'jan.kowalski' },
      { rowNumber: 6, firstName: 'Ewa', lastName: 'Nowak' },
      { rowNumber: 9, firstName: 'Jan', lastName: 'Kowalczyk', login: 'JAN.KOWALSKI' },
    ];
    const check = validateParticipantRows(rows, ctx());
    const message = 'Login „jan.kowalski” powtarza się w wierszach 4 i 9.';
    expect(errorsOf(check, 4)).toEqual([{ column: 'Login', message }]);
    expect(errorsOf(check, 9)).toEqual([{ column: 'Login', message }]);
    expect(errorsOf(check, 6)).toEqual([]);
    expect(describeRowError(9, errorsOf(check, 9)[0])).toBe(`Wiersz 9, kolumna „Login”: ${message}`);
  });

  it('names every row for a repeated e-mail', () => {
    const rows: ParticipantRow[] = [3, 5, 12].map((n) => ({
      rowNumber: n,
      firstName: 'Jan',
      lastName: 'Kos',
      email: n === 5 ? 'Jan@Firma.pl' : 'jan@firma.pl',
    }));
    const check = validateParticipantRows(rows, ctx());
    for (const n of [3, 5, 12])
      expect(errorsOf(check, n)).toEqual([
        { column: 'E-mail', message: 'Adres e-mail „jan@firma.pl” powtarza się w wierszach 3, 5 i 12.' },
      ]);
  });
});

describe('validateParticipantRows: the list as a whole', () => {
  const people = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ rowNumber: i + 2, firstName: 'Jan', lastName: 'Kos' }));

  it('refuses more people than seats left, with the numbers', () => {
    expect(validateParticipantRows(people(40), ctx({ seatsLeft: 25 })).fileErrors).toEqual([
      'Lista wymaga 40 kont, a zostało 25 wolnych miejsc. Usuń nadmiarowe osoby z listy albo dokup pakiet.',
    ]);
    expect(validateParticipantRows(people(3), ctx({ seatsLeft: 2 })).fileErrors[0]).toMatch(
      /^Lista wymaga 3 kont, a zostały 2 wolne miejsca\./,
    );
    expect(validateParticipantRows(people(1), ctx({ seatsLeft: 0 })).fileErrors[0]).toMatch(
      /^Lista wymaga 1 konta, a zostało 0 wolnych miejsc\./,
    );
    const exact = validateParticipantRows(people(25), ctx({ seatsLeft: 25 }));
    expect(exact.ok).toBe(true);
    expect(exact.validRows).toHaveLength(25);
  });

  it('requires a valid notice address', () => {
    expect(validateParticipantRows(people(1), ctx({ notifyEmail: null })).fileErrors[0]).toMatch(
      /Uzupełnij pole „E-mail do powiadomienia o kontach”/,
    );
    const bad = validateParticipantRows(people(1), ctx({ notifyEmail: 'kadry(at)firma.pl' }));
    expect(bad.ok).toBe(false);
    expect(bad.fileErrors[0]).toMatch(/„kadry\(at\)firma.pl”.*nie jest poprawnym adresem/);
    expect(validateParticipantRows(people(1), ctx({ notifyEmail: ' Kadry@Firma.PL ' })).notifyEmail).toBe(
      'kadry@firma.pl',
    );
  });

  it('refuses a list without participants', () => {
    expect(validateParticipantRows([], ctx()).fileErrors).toEqual([
      expect.stringMatching(/nie zawiera żadnego uczestnika/),
    ]);
  });
});
