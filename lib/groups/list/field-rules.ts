// The rule for each column of one participant row, each returning its Polish problems.
import { messages } from '@/lib/i18n';
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

export function nameProblem(name: string, field: 'firstName' | 'lastName'): string | null {
  const t = messages().groups.rows;
  const column = messages().groups.columns[field];
  if (!name) return t.nameMissing(field);
  if (name.length > NAME_MAX) return t.nameTooLong(column, NAME_MAX);
  if (/\p{N}/u.test(name)) return t.nameDigits(column);
  if (!NAME.test(name)) return t.nameChars(column);
  return null;
}

const emailFormat = z.email();
export const isEmail = (email: string) => emailFormat.safeParse(email).success;
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function emailProblem(email: string): string | null {
  return isEmail(email) ? null : messages().groups.rows.emailFormat(email);
}

// Exports neutralise such cells with a leading "'", which would change the password handed out.
const FORMULA_START = /^[=+\-@]/;

export function chosenPasswordProblems(password: string, identity: { login?: string; email?: string }): string[] {
  const problems = passwordProblems(password, identity);
  if (FORMULA_START.test(password)) problems.push(messages().groups.rows.passwordFormula);
  return problems;
}
