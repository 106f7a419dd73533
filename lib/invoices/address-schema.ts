// The buyer's address as an invoice needs it (art. 106e ust. 1 pt 3 of the VAT act), shared by
// the family order and a consumer's later invoice request: the postal code is checked in the
// format of the country chosen, so a parent in Berlin types 10115 and one in London SW1A 1AA.
import { z } from 'zod';
import { countryOptions } from '@/lib/families/rules/countries';
import { checkPostalCode } from '@/lib/invoices/rules/postal-code';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';

export type PostalAddress = { street: string; postalCode: string; city: string; country: string };

const textIn = (locale?: string) =>
  z.string().trim().max(120, messages(locale).invoices.fields.max120).optional().default('');

/** The form fields of an address, under `prefix` ("" → street…, "shipping" → shippingStreet…), texts in the language. */
export function addressFields(prefix = '', locale?: string) {
  const n = fieldNames(prefix);
  const text = textIn(locale);
  return { [n.street]: text, [n.postalCode]: text, [n.city]: text, [n.country]: text };
}

export function fieldNames(prefix: string) {
  const name = (k: string) => (prefix ? `${prefix}${k[0].toUpperCase()}${k.slice(1)}` : k);
  return { street: name('street'), postalCode: name('postalCode'), city: name('city'), country: name('country') };
}

/**
 * Checks one address of the parsed form `v` and reports every missing or wrong field at once,
 * each beside its field. Returns the address (postal code written the post's way) or null.
 */
export function checkAddress(
  v: Record<string, unknown>,
  ctx: z.RefinementCtx,
  prefix = '',
  locale?: string,
): PostalAddress | null {
  const t = messages(locale).invoices.fields;
  const n = fieldNames(prefix);
  const get = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const street = get(n.street);
  const city = get(n.city);
  const country = get(n.country).toUpperCase();
  if (!street) issue(n.street, t.street);
  if (!city) issue(n.city, t.city);
  const known = countryOptions().some((o) => o.code === country);
  if (!known) issue(n.country, t.country);
  const postal = known ? checkPostalCode(country, get(n.postalCode)) : null;
  if (postal && !postal.ok)
    issue(n.postalCode, postal.reason === 'required' ? t.postalCodeRequired : t.postalCodeFormat(postal.example));
  if (!street || !city || !postal?.ok) return null;
  return { street, postalCode: postal.value, city, country };
}

/** A standalone address form (a consumer asking for an invoice later), its texts in the language. */
export const addressSchema = perLocale((_, locale) =>
  z.object(addressFields('', locale)).transform((v, ctx): PostalAddress => {
    const address = checkAddress(v, ctx, '', locale);
    return address ?? (z.NEVER as PostalAddress);
  }),
);
