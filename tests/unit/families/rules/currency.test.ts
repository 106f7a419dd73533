import { describe, expect, it } from 'vitest';
import { countryOptions } from '@/lib/families/rules/countries';
import { currencyForCountry, EUROPEAN_COUNTRIES } from '@/lib/families/rules/currency';

describe('currencyForCountry (§5.2)', () => {
  it.each([
    ['PL', 'PLN'],
    ['GB', 'GBP'],
    ['DE', 'EUR'],
    ['IE', 'EUR'],
    ['NO', 'EUR'],
    ['CH', 'EUR'],
    ['IS', 'EUR'],
    ['UA', 'EUR'],
    ['BY', 'EUR'],
    ['SE', 'EUR'],
    ['CY', 'EUR'],
    ['XK', 'EUR'],
    ['JE', 'EUR'],
    ['RU', 'USD'],
    ['US', 'USD'],
    ['CA', 'USD'],
    ['AU', 'USD'],
    ['TR', 'USD'],
    ['GE', 'USD'],
    ['BR', 'USD'],
  ])('%s → %s', (country, currency) => {
    expect(currencyForCountry(country)).toBe(currency);
  });

  it('accepts lower case and rejects non-codes', () => {
    expect(currencyForCountry('gb')).toBe('GBP');
    expect(() => currencyForCountry('UKR')).toThrow();
    expect(() => currencyForCountry('')).toThrow();
  });

  it('the European list has no duplicates and includes Poland, the UK and Russia', () => {
    expect(new Set(EUROPEAN_COUNTRIES).size).toBe(EUROPEAN_COUNTRIES.length);
    for (const c of ['PL', 'GB', 'RU']) expect(EUROPEAN_COUNTRIES).toContain(c);
  });
});

describe('countryOptions', () => {
  const options = countryOptions();

  it('has Polish names, all of Europe and the main emigration destinations', () => {
    const byCode = new Map(options.map((o) => [o.code, o]));
    expect(byCode.get('DE')?.name).toBe('Niemcy');
    expect(byCode.get('GB')?.name).toBe('Wielka Brytania');
    for (const c of [...EUROPEAN_COUNTRIES, 'US', 'CA', 'AU']) expect(byCode.has(c), c).toBe(true);
    expect(byCode.get('US')?.currency).toBe('USD');
  });

  it('is sorted by Polish collation', () => {
    const names = options.map((o) => o.name);
    const collator = new Intl.Collator('pl');
    expect([...names].sort(collator.compare)).toEqual(names);
    // Polish order puts Ł after L.
    expect(names.indexOf('Łotwa')).toBeGreaterThan(names.indexOf('Luksemburg'));
  });
});
