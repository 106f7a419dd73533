// Countries of residence offered in the registration select, named and sorted in the reader's language.
import type { Currency } from '@/lib/format/money';
import { intlTag } from '@/lib/format/intl-tag';
import { currencyForCountry, EUROPEAN_COUNTRIES } from '@/lib/families/rules/currency';

// Where Polish families abroad most often live outside Europe; any other country is still
// valid input to currencyForCountry, it just is not in the short list.
const EMIGRATION_DESTINATIONS = [
  'US',
  'CA',
  'AU',
  'NZ',
  'AR',
  'BR',
  'CL',
  'MX',
  'ZA',
  'IL',
  'AE',
  'QA',
  'SA',
  'TR',
  'GE',
  'AM',
  'AZ',
  'KZ',
  'CN',
  'HK',
  'JP',
  'KR',
  'SG',
  'TH',
  'IN',
  'EG',
  'MA',
];

export type CountryOption = { code: string; name: string; currency: Currency };

const cached = new Map<string, readonly CountryOption[]>();

/** All of Europe plus common destinations, named and sorted in the language (Polish by default). */
export function countryOptions(locale = 'pl'): readonly CountryOption[] {
  const tag = intlTag(locale);
  const known = cached.get(tag);
  if (known) return known;
  const names = new Intl.DisplayNames(tag, { type: 'region' });
  const collator = new Intl.Collator(tag);
  const codes = [...new Set([...EUROPEAN_COUNTRIES, ...EMIGRATION_DESTINATIONS])];
  const options = codes
    .map((code) => ({ code, name: names.of(code) ?? code, currency: currencyForCountry(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  cached.set(tag, options);
  return options;
}
