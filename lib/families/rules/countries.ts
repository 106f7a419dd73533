// Countries of residence offered in the registration select, with Polish names.
import type { Currency } from '@/lib/format/money';
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

let cached: readonly CountryOption[] | undefined;

/** All of Europe plus common destinations, sorted by Polish name (Polish collation). */
export function countryOptions(): readonly CountryOption[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames('pl', { type: 'region' });
  const collator = new Intl.Collator('pl');
  const codes = [...new Set([...EUROPEAN_COUNTRIES, ...EMIGRATION_DESTINATIONS])];
  cached = codes
    .map((code) => ({ code, name: names.of(code) ?? code, currency: currencyForCountry(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return cached;
}
