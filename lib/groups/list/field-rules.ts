// The rule for each column of one participant row, each returning its Polish problems.
import { z } from 'zod';
import { passwordProblems } from '@/lib/groups/accounts/passwords';

const NAME_MAX = 80;
// Letters (any script, also decomposed accents) in parts joined by one space, hyphen or
// apostrophe ("Anna-Maria", "O'Brien", "d’Artagnan", "de la Cruz"); Excel often turns ' into ’.
const NAME = /^\p{L}\p{M}*(?:[\p{L}\p{M}]|[ '’ʼ-](?=\p{L})|\.(?= \p{L}|$))*$/u;

/**
 * Spaces collapsed ("Kowalska - Nowak" → "Kowalska-Nowak") and accents composed, so "Żółć"
 * typed on a Mac equals the one typed on Windows.
 */
export const normaliseName = (name: string) => name.replace(/\s+/g, ' ').replace(/ ?- ?/g, '-').trim().normalize('NFC');

export function nameProblem(name: string, column: 'Imię' | 'Nazwisko'): string | null {
  const what = column === 'Imię' ? 'imienia' : 'nazwiska';
  if (!name) return `Brak ${what} — to pole jest wymagane.`;
  if (name.length > NAME_MAX) return `${column} może mieć najwyżej ${NAME_MAX} znaków.`;
  if (/\p{N}/u.test(name)) return `${column} nie może zawierać cyfr.`;
  if (!NAME.test(name)) return `${column} może zawierać tylko litery, spacje, myślniki i apostrofy.`;
  return null;
}

const emailFormat = z.email();
export const isEmail = (email: string) => emailFormat.safeParse(email).success;
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function emailProblem(email: string): string | null {
  return isEmail(email) ? null : `„${email}” nie jest poprawnym adresem e-mail.`;
}

// Exports neutralise such cells with a leading "'", which would change the password handed out.
const FORMULA_START = /^[=+\-@]/;

export function chosenPasswordProblems(password: string, identity: { login?: string; email?: string }): string[] {
  const problems = passwordProblems(password, identity);
  if (FORMULA_START.test(password))
    problems.push('Hasło nie może zaczynać się znakiem =, +, - ani @ (arkusz kalkulacyjny potraktuje je jak formułę).');
  return problems;
}
