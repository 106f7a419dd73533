// Which currency a family pays in, by country of residence (regulamin §5.2):
// Poland PLN, United Kingdom GBP, any other European country except Russia EUR, the rest USD.
import type { Currency } from '@/lib/format/money';

/**
 * "Other European countries": the UN geoscheme's Europe, plus Cyprus (an EU member) and
 * Kosovo, plus the European territories with their own ISO code (Åland, Faroe Islands,
 * Gibraltar, Guernsey, Jersey, Isle of Man, Svalbard). Transcontinental states mostly in Asia
 * (Turkey, Georgia, Armenia, Azerbaijan, Kazakhstan) are not "European" here and pay USD.
 * Crown dependencies and Gibraltar are not the United Kingdom, so the text gives them EUR.
 */
export const EUROPEAN_COUNTRIES: readonly string[] = [
  'AD',
  'AL',
  'AT',
  'AX',
  'BA',
  'BE',
  'BG',
  'BY',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FO',
  'FR',
  'GB',
  'GG',
  'GI',
  'GR',
  'HR',
  'HU',
  'IE',
  'IM',
  'IS',
  'IT',
  'JE',
  'LI',
  'LT',
  'LU',
  'LV',
  'MC',
  'MD',
  'ME',
  'MK',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'RS',
  'RU',
  'SE',
  'SI',
  'SJ',
  'SK',
  'SM',
  'UA',
  'VA',
  'XK',
];
const european = new Set(EUROPEAN_COUNTRIES);

/** Normalises "de" → "DE"; throws on anything that is not two letters. */
export function normaliseCountryCode(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) throw new Error(`Invalid country code: "${code}"`);
  return upper;
}

export function currencyForCountry(countryCode: string): Currency {
  const code = normaliseCountryCode(countryCode);
  if (code === 'PL') return 'PLN';
  if (code === 'GB') return 'GBP';
  // Russia is European but the regulamin sends it to the "everyone else" group.
  if (code === 'RU') return 'USD';
  return european.has(code) ? 'EUR' : 'USD';
}
