// Polish tax id (NIP) and postal code, as typed into the VAT-invoice form.
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/** "PL 526-025-02-74" → "5260250274": people paste NIPs with spaces, dashes and the EU VAT prefix. */
export function normaliseNip(input: string): string {
  return input.replace(/[\s\u00a0-]/g, '').replace(/^pl/i, '');
}

/** Checks 10 digits and the mod-11 check digit; accepts un-normalised input. */
export function isValidNip(input: string): boolean {
  const nip = normaliseNip(input);
  if (!/^\d{10}$/.test(nip)) return false;
  // All zeros passes the checksum but is only ever a placeholder.
  if (nip === '0000000000') return false;
  const digits = [...nip].map(Number);
  const sum = NIP_WEIGHTS.reduce((acc, w, i) => acc + w * digits[i], 0);
  const check = sum % 11;
  // A remainder of 10 cannot be a check digit, so no valid NIP produces it.
  return check !== 10 && check === digits[9];
}

/** The form fields, their refusals in the reader's language (built once per language). */
export const taxIdSchemas = perLocale((m) => {
  /** Trims, normalises to 10 digits, then checks the checksum. Output is the bare digits. */
  const nipSchema = z.string().trim().overwrite(normaliseNip).refine(isValidNip, { message: m.checkout.fields.nip });

  /** Optional buyer NIP (consumers have none): an empty field becomes null. */
  const optionalNipSchema = z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    nipSchema.nullable(),
  );

  const postalCodeSchema = z
    .string()
    .trim()
    .regex(/^\d{2}-\d{3}$/, { message: m.checkout.fields.postalCode });

  return { nipSchema, optionalNipSchema, postalCodeSchema };
});
