// Postal codes of the countries our buyers live in (parents abroad, consumers asking for an
// invoice): the format each country's post uses, so an invoice address is one the post delivers.
// A country missing here, or one without postal codes, accepts any short code or none.

type PostalFormat = { pattern: RegExp; example: string; normalise?: (v: string) => string };

const digits = (n: number, example: string): PostalFormat => ({ pattern: new RegExp(`^\\d{${n}}$`), example });
const upper = (v: string) => v.toUpperCase().replace(/\s+/g, ' ');
/** "12345" → "123 45" (the Swedish, Czech, Slovak and Greek way of writing it). */
const split32 = (v: string) => v.replace(/^(\d{3})\s?(\d{2})$/, '$1 $2');

const FORMATS: Record<string, PostalFormat> = {
  PL: { pattern: /^\d{2}-\d{3}$/, example: '00-950', normalise: (v) => v.replace(/^(\d{2})(\d{3})$/, '$1-$2') },
  DE: digits(5, '10115'),
  FR: digits(5, '75008'),
  IT: digits(5, '00184'),
  ES: digits(5, '28013'),
  FI: digits(5, '00100'),
  EE: digits(5, '10111'),
  HR: digits(5, '10000'),
  LT: { pattern: /^(LT-)?\d{5}$/, example: 'LT-01100', normalise: upper },
  LV: { pattern: /^(LV-)?\d{4}$/, example: 'LV-1050', normalise: upper },
  UA: digits(5, '01001'),
  AT: digits(4, '1010'),
  CH: digits(4, '8001'),
  BE: digits(4, '1000'),
  LU: { pattern: /^(L-)?\d{4}$/, example: '1111', normalise: upper },
  DK: digits(4, '1050'),
  NO: digits(4, '0150'),
  HU: digits(4, '1051'),
  BG: digits(4, '1000'),
  SI: digits(4, '1000'),
  CY: digits(4, '1010'),
  AU: digits(4, '2000'),
  ZA: digits(4, '8001'),
  NZ: digits(4, '6011'),
  IS: digits(3, '101'),
  RO: digits(6, '010011'),
  BY: digits(6, '220030'),
  KZ: digits(6, '010000'),
  SE: { pattern: /^\d{3} \d{2}$/, example: '111 22', normalise: split32 },
  CZ: { pattern: /^\d{3} \d{2}$/, example: '110 00', normalise: split32 },
  SK: { pattern: /^\d{3} \d{2}$/, example: '811 01', normalise: split32 },
  GR: { pattern: /^\d{3} \d{2}$/, example: '105 57', normalise: split32 },
  PT: { pattern: /^\d{4}-\d{3}$/, example: '1100-148' },
  NL: {
    pattern: /^\d{4} [A-Z]{2}$/,
    example: '1012 AB',
    normalise: (v) => v.toUpperCase().replace(/^(\d{4})\s?([A-Z]{2})$/, '$1 $2'),
  },
  // Royal Mail: outward code (area, district) and inward code (sector, unit), e.g. SW1A 1AA.
  GB: {
    pattern: /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/,
    example: 'SW1A 1AA',
    normalise: (v) =>
      v
        .toUpperCase()
        .replace(/\s+/g, '')
        .replace(/^(.+)(\d[A-Z]{2})$/, '$1 $2'),
  },
  IE: {
    pattern: /^[A-Z]\d[\dW] [A-Z\d]{4}$/,
    example: 'D02 X285',
    normalise: (v) =>
      v
        .toUpperCase()
        .replace(/\s+/g, '')
        .replace(/^(.{3})(.{4})$/, '$1 $2'),
  },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '10001' },
  CA: {
    pattern: /^[A-Z]\d[A-Z] \d[A-Z]\d$/,
    example: 'M5V 2T6',
    normalise: (v) =>
      v
        .toUpperCase()
        .replace(/\s+/g, '')
        .replace(/^(.{3})(.{3})$/, '$1 $2'),
  },
  BR: { pattern: /^\d{5}-\d{3}$/, example: '01310-100' },
  JP: { pattern: /^\d{3}-\d{4}$/, example: '100-0001' },
  IL: digits(7, '6100000'),
};

/** Countries whose post uses no postal codes: the field may stay empty. */
const WITHOUT_POSTAL_CODES = new Set(['AE', 'QA', 'HK']);

export type PostalCodeCheck =
  { ok: true; value: string } | { ok: false; reason: 'required' | 'format'; example: string | null };

/**
 * Checks (and writes in the post's own way) a postal code of `country`. An empty code is fine
 * only where the post has none; an unlisted country takes 2–10 letters, digits, spaces or dashes.
 */
export function checkPostalCode(country: string, input: string): PostalCodeCheck {
  const code = country.toUpperCase();
  const raw = input.trim().replace(/\s+/g, ' ');
  if (raw === '')
    return WITHOUT_POSTAL_CODES.has(code)
      ? { ok: true, value: '' }
      : { ok: false, reason: 'required', example: FORMATS[code]?.example ?? null };
  const format = FORMATS[code];
  if (!format)
    return /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/.test(raw)
      ? { ok: true, value: raw.toUpperCase() }
      : { ok: false, reason: 'format', example: null };
  const value = format.normalise ? format.normalise(raw) : raw;
  return format.pattern.test(value) ? { ok: true, value } : { ok: false, reason: 'format', example: format.example };
}

/** The example shown in the field's hint ("np. 10115"), when the country has a fixed format. */
export function postalCodeExample(country: string): string | null {
  return FORMATS[country.toUpperCase()]?.example ?? null;
}
