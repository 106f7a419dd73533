// Text and numbers as the FA(3) schema takes them. Its text fields are xsd:token (whitespace
// collapsed) with length limits, and KSeF rejects characters XML 1.0 forbids or discourages
// (weryfikacja-faktury.md), which xmlbuilder2 would otherwise write as they are.

/** Data the builders refuse to put into an invoice (a bug or bad data upstream, never retried away). */
export class Fa3InputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`FA(3) ${field}: ${message}`);
    this.name = 'Fa3InputError';
  }
}

// C0 controls (tab, CR and LF become spaces below), DEL and C1 except NEL, the noncharacters
// U+FDD0–U+FDEF, U+xFFFE–U+xFFFF of every plane, and lone surrogates.
const PLANE_ENDS = Array.from(
  { length: 17 },
  (_, p) => `\\u{${(p * 0x10000 + 0xfffe).toString(16)}}-\\u{${(p * 0x10000 + 0xffff).toString(16)}}`,
);
const UNWANTED = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u0084\\u0086-\\u009F\\uFDD0-\\uFDEF${PLANE_ENDS.join('')}]|\\p{Cs}`,
  'gu',
);

/**
 * A text field: unwanted characters dropped, whitespace collapsed as xsd:token does. Too long or
 * empty throws rather than cuts: every text we fill is an element the law requires (a party's
 * name or address, a line's name, the reason of a correction; art. 106e ust. 1, art. 106j ust. 2)
 * and the limits are far above what the platform's forms accept, so a hit is bad data to be seen.
 */
export function token(value: string | null | undefined, max: number, field: string): string {
  const text = (value ?? '').replace(UNWANTED, '').replace(/\s+/gu, ' ').trim();
  if (!text) throw new Fa3InputError(field, 'is empty');
  const length = [...text].length;
  if (length > max) throw new Fa3InputError(field, `is ${length} characters long, the schema allows ${max}`);
  return text;
}

/** Minor units as TKwotowy: "1234.56", "-12.30", "0.00". */
export function amount(minor: number): string {
  if (!Number.isSafeInteger(minor)) throw new Fa3InputError('amount', `not an integer number of minor units: ${minor}`);
  const abs = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** An NBP rate stored ×10 000 as TIlosci: 42386 → "4.2386". */
export function rateValue(plnPerUnitTimes10000: number): string {
  const r = plnPerUnitTimes10000;
  return `${Math.floor(r / 10_000)}.${String(r % 10_000).padStart(4, '0')}`;
}
