// Certificate numbers are printed and typed back on the verification page, so they must be
// unguessable (55 random bits), readable (Crockford base32: no I, L, O, U) and self-checking.
//
// The check character is a Damm-style check over GF(32): state = 2·state ⊕ symbol for each
// symbol, check = 2·state. It catches every single wrong character and every swap of two
// neighbouring characters, with no extra symbols beyond the 32 (unlike Crockford's mod 37).
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'PL';
const RANDOM_LENGTH = 11;
const GROUP = 4;

/** Multiplication by x in GF(2^5) with the primitive polynomial x^5 + x^2 + 1. */
function times2(v: number): number {
  const shifted = v << 1;
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}

function checkSymbol(values: readonly number[]): number {
  let state = 0;
  for (const v of values) state = times2(state) ^ v;
  return times2(state);
}

/** A new number like "PL-7K3M-9QX2-H4TD" (last character is the check). */
export function generateCertificateNumber(): string {
  // 256 is a multiple of 32, so masking a random byte keeps every symbol equally likely.
  const values = [...randomBytes(RANDOM_LENGTH)].map((b) => b & 31);
  values.push(checkSymbol(values));
  return format(values);
}

/**
 * The canonical form of what a person typed, or null if it is not a valid number. Forgiving
 * about case, spaces, dashes, a missing "PL" and Crockford's look-alikes (O→0, I/L→1).
 */
export function normalizeCertificateNumber(input: string): string | null {
  let s = input.toUpperCase().replace(/[\s-]/g, '');
  if (s.startsWith(PREFIX) && s.length === PREFIX.length + RANDOM_LENGTH + 1) s = s.slice(PREFIX.length);
  if (s.length !== RANDOM_LENGTH + 1) return null;
  const values: number[] = [];
  for (const ch of s.replace(/O/g, '0').replace(/[IL]/g, '1')) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    values.push(v);
  }
  const body = values.slice(0, RANDOM_LENGTH);
  if (checkSymbol(body) !== values[RANDOM_LENGTH]) return null;
  return format(values);
}

export function isValidCertificateNumber(input: string): boolean {
  return normalizeCertificateNumber(input) !== null;
}

function format(values: readonly number[]): string {
  const chars = values.map((v) => ALPHABET[v]).join('');
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP));
  return [PREFIX, ...groups].join('-');
}
