// Postal codes per country: what each post accepts, written its way, and what is refused.
import { describe, expect, it } from 'vitest';
import { checkPostalCode, postalCodeExample } from '@/lib/invoices/rules/postal-code';

describe('checkPostalCode', () => {
  it.each([
    ['PL', '00-950', '00-950'],
    ['PL', '00950', '00-950'],
    ['DE', '10115', '10115'],
    ['AT', '1010', '1010'],
    ['GB', 'sw1a1aa', 'SW1A 1AA'],
    ['GB', 'M1 1AE', 'M1 1AE'],
    ['GB', 'EC1A  1BB', 'EC1A 1BB'],
    ['IE', 'd02x285', 'D02 X285'],
    ['NL', '1012ab', '1012 AB'],
    ['SE', '11122', '111 22'],
    ['CZ', '110 00', '110 00'],
    ['PT', '1100-148', '1100-148'],
    ['US', '10001', '10001'],
    ['US', '10001-1234', '10001-1234'],
    ['CA', 'm5v2t6', 'M5V 2T6'],
    ['LT', 'lt-01100', 'LT-01100'],
    ['AE', '', ''],
    ['AR', 'C1002', 'C1002'],
  ])('%s accepts %j as %j', (country, input, value) => {
    expect(checkPostalCode(country, input)).toEqual({ ok: true, value });
  });

  it.each([
    ['PL', '1234', 'format', '00-950'],
    ['PL', '', 'required', '00-950'],
    ['DE', '1011', 'format', '10115'],
    ['DE', '00-950', 'format', '10115'],
    ['GB', '12345', 'format', 'SW1A 1AA'],
    ['US', '1000', 'format', '10001'],
    ['AT', '10115', 'format', '1010'],
    ['AR', '', 'required', null],
    ['AR', '!!', 'format', null],
  ])('%s refuses %j (%s)', (country, input, reason, example) => {
    expect(checkPostalCode(country, input)).toEqual({ ok: false, reason, example });
  });

  it('gives the example of a country with a fixed format only', () => {
    expect(postalCodeExample('de')).toBe('10115');
    expect(postalCodeExample('AR')).toBeNull();
  });
});
