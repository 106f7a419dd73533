// Passwords for participant accounts: generated ones, and the rule for ones a company chooses.
import { messages } from '@/lib/i18n';
import { randomInt } from 'node:crypto';
import { authSchemas } from '@/lib/auth/schemas';

// Read off paper or a screen and typed by hand, so no look-alikes: 0/O/o, 1/l/I/i are out.
// No symbols either: they are awkward on phone keyboards and some start spreadsheet formulas.
const LOWER = 'abcdefghjkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
export const PASSWORD_ALPHABET = LOWER + UPPER + DIGITS;

const pick = (chars: string) => chars[randomInt(chars.length)];

/** A random password (≈5.8 bits per character) with at least one lower, upper and digit. */
export function generatePassword(length = 14): string {
  if (!Number.isInteger(length) || length < 10 || length > 128) throw new Error('Password length: 10–128 characters.');
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS)];
  while (chars.length < length) chars.push(pick(PASSWORD_ALPHABET));
  // Fisher–Yates, so the guaranteed classes do not always sit at the start.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/**
 * The platform's one rule for chosen passwords (10–128 characters, a letter and a digit).
 * It lives in the auth schemas, which registration and password reset already use; this
 * re-export keeps group lists on exactly the same rule.
 */
export const passwordRules = authSchemas().newPasswordSchema;

export const PASSWORD_IS_IDENTITY = messages().groups.rows.passwordIsIdentity;

const same = (a: string, b: string | null | undefined) => !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** passwordRules plus "not the account's own login or e-mail" (compared case-insensitively). */
export function passwordRulesFor(identity: { login?: string | null; email?: string | null }, locale?: string) {
  return authSchemas(locale).newPasswordSchema.refine((p) => !same(p, identity.login) && !same(p, identity.email), {
    message: messages(locale).groups.rows.passwordIsIdentity,
  });
}

/** Every problem with a chosen password, in the language (Polish by default); empty when it is acceptable. */
export function passwordProblems(
  password: string,
  identity: { login?: string | null; email?: string | null } = {},
  locale?: string,
): string[] {
  const result = passwordRulesFor(identity, locale).safeParse(password);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}
