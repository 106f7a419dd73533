import { describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n';
import { isValidNip, normaliseNip, taxIdSchemas } from '@/lib/invoices/tax/nip';

const { nipSchema, optionalNipSchema, postalCodeSchema } = taxIdSchemas('pl');

describe('normaliseNip', () => {
  it('strips spaces, dashes and the PL prefix in any case', () => {
    expect(normaliseNip('PL 526-025-02-74')).toBe('5260250274');
    expect(normaliseNip('pl5260250274')).toBe('5260250274');
    expect(normaliseNip(' 526 025 02 74 ')).toBe('5260250274');
    expect(normaliseNip('526\u00a0025\u00a002\u00a074')).toBe('5260250274');
  });
});

describe('isValidNip', () => {
  it.each(['5260250274', '1234563218', 'PL 526-025-02-74'])('accepts %s (checksum matches)', (nip) => {
    expect(isValidNip(nip)).toBe(true);
  });

  it.each([
    ['5260250275', 'wrong check digit'],
    ['1234563219', 'wrong check digit'],
    ['526025027', 'nine digits'],
    ['52602502744', 'eleven digits'],
    ['52602502a4', 'a letter'],
    ['0000000000', 'the all-zero placeholder'],
    ['', 'empty'],
  ])('rejects %s (%s)', (nip) => {
    expect(isValidNip(nip)).toBe(false);
  });

  it('rejects every NIP whose weighted sum leaves remainder 10, whatever the last digit', () => {
    // 0·6 + 2·5 = 10 → no digit can match.
    for (let d = 0; d <= 9; d++) expect(isValidNip(`020000000${d}`)).toBe(false);
  });
});

describe('nipSchema', () => {
  it('outputs the bare 10 digits', () => {
    expect(nipSchema.parse(' PL 526-025-02-74 ')).toBe('5260250274');
  });

  it("fails with the message in the reader's language", () => {
    const r = nipSchema.safeParse('5260250275');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe('Nieprawidłowy NIP — sprawdź cyfry');
    const en = taxIdSchemas('en');
    expect(en.nipSchema.safeParse('5260250275').error?.issues[0].message).toBe(messages('en').checkout.fields.nip);
    expect(messages('en').checkout.fields.nip).not.toBe(messages('pl').checkout.fields.nip);
    expect(en.postalCodeSchema.safeParse('00950').error?.issues[0].message).toBe(
      messages('en').checkout.fields.postalCode,
    );
  });

  it('optional variant turns an empty field into null but still checks a filled one', () => {
    expect(optionalNipSchema.parse('')).toBeNull();
    expect(optionalNipSchema.parse('   ')).toBeNull();
    expect(optionalNipSchema.parse('526-025-02-74')).toBe('5260250274');
    expect(optionalNipSchema.safeParse('123').success).toBe(false);
  });
});

describe('postalCodeSchema', () => {
  it('accepts NN-NNN, trimmed', () => {
    expect(postalCodeSchema.parse(' 00-950 ')).toBe('00-950');
  });

  it.each(['00950', '0-0950', '00-95', 'AB-123', '00–950'])('rejects %s', (code) => {
    expect(postalCodeSchema.safeParse(code).success).toBe(false);
  });
});
