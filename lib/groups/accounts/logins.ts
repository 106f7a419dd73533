// Login names: the rule for logins a company types into the list, and the generator for the
// rest. Logins are stored lower-case and are unique across the whole platform.
import { transliterate } from '@/lib/format/transliterate';
import { messages } from '@/lib/i18n';

export const LOGIN_MIN = 3;
export const LOGIN_MAX = 64;
// Room for a numeric suffix of up to 7 digits, so a generated login never breaks LOGIN_MAX.
const BASE_MAX = LOGIN_MAX - 8;
const FALLBACK = 'uczestnik';

/** Logins are case-insensitive: "Jan.Kowalski " and "jan.kowalski" are the same login. */
export const normaliseLogin = (login: string) => login.trim().toLowerCase();

/** Why a (normalised) login typed by the company is not allowed, or null when it is fine. */
export function loginProblem(login: string): string | null {
  if (login.length < LOGIN_MIN || login.length > LOGIN_MAX)
    return messages().groups.rows.loginLength(LOGIN_MIN, LOGIN_MAX);
  if (!/^[a-z0-9._-]+$/.test(login)) {
    return messages().groups.rows.loginChars;
  }
  // A leading "-" would read as a formula in a spreadsheet; the export would then have to alter it.
  if (!/^[a-z0-9]/.test(login)) return messages().groups.rows.loginStart;
  return null;
}

/**
 * One name as a login part. Decision: apostrophes vanish ("O'Brien" → "obrien"), hyphens stay
 * ("Anna-Maria" → "anna-maria"), spaces inside a name become hyphens ("van der Berg" →
 * "van-der-berg"), anything else that is not a–z or 0–9 is dropped.
 */
function loginPart(name: string): string {
  return transliterate(name)
    .toLowerCase()
    .replace(/['’ʼ`´]/g, '')
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Łucja", "Żółć" → "lucja.zolc"; only [a-z0-9.-], starts and ends with a letter or digit. */
export function baseLogin(firstName: string, lastName: string): string {
  const joined = [loginPart(firstName), loginPart(lastName)].filter(Boolean).join('.');
  const cut = joined.slice(0, BASE_MAX).replace(/[.-]+$/, '');
  if (!cut) return FALLBACK;
  return cut.length < LOGIN_MIN ? `${FALLBACK}.${cut}` : cut;
}

const withSuffix = (base: string, n: number) => (n === 1 ? base : `${base}${n}`);

/** The first free login of lucja.zolc, lucja.zolc2, lucja.zolc3, … */
export function generateLogin(firstName: string, lastName: string, isTaken: (login: string) => boolean): string {
  const base = baseLogin(firstName, lastName);
  for (let n = 1; n < 10_000_000; n++) {
    const candidate = withSuffix(base, n);
    if (!isTaken(candidate)) return candidate;
  }
  throw new Error(`No free login for "${base}".`);
}

export type LoginRequest = { firstName: string; lastName: string; login?: string | null };

/**
 * Final logins for a whole list, in order. Logins given in the file are kept (they were
 * validated already) and reserved first, so a generated login never takes one of them, nor
 * any login already on the platform (`takenLogins`, lower-case).
 */
export function allocateLogins(people: readonly LoginRequest[], takenLogins: ReadonlySet<string>): string[] {
  const reserved = new Set<string>();
  for (const login of takenLogins) reserved.add(normaliseLogin(login));
  for (const p of people) if (p.login) reserved.add(normaliseLogin(p.login));
  // Remembers where each base's search stopped: 5000 "Jan Kowalski" stay linear, not quadratic.
  const nextSuffix = new Map<string, number>();
  return people.map((p) => {
    if (p.login) return normaliseLogin(p.login);
    const base = baseLogin(p.firstName, p.lastName);
    let n = nextSuffix.get(base) ?? 1;
    while (reserved.has(withSuffix(base, n))) n++;
    const login = withSuffix(base, n);
    nextSuffix.set(base, n + 1);
    reserved.add(login);
    return login;
  });
}
