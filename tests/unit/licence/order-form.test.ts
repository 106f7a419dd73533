import { describe, expect, it } from 'vitest';
import '@/lib/i18n/zod-locale';
import { licenceOrderSchemas } from '@/lib/licence/order-form';

const { guestOrderSchema, memberOrderSchema } = licenceOrderSchemas('pl');

const valid = {
  schoolName: 'XIV LO im. Mikołaja Kopernika',
  okeCode: ' 146501-141ak ',
  commission: 'warszawa',
  nip: 'PL 525-210-01-23',
  street: 'ul. Nowowiejska 37',
  postalCode: '02-010',
  city: 'Warszawa',
  examYear: '2027',
  terms: 'on',
};
const contact = { firstName: 'Anna', lastName: 'Nowak', email: 'Anna@LO.example.pl' };

const errors = (input: Record<string, unknown>, schema = memberOrderSchema) => {
  const r = schema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the licence order form (A1, A4)', () => {
  it('stores the OKE code trimmed in upper case, the NIP as ten digits, the e-mail in lower case', () => {
    const r = guestOrderSchema.parse({ ...valid, ...contact });
    expect(r).toMatchObject({
      okeCode: '146501-141AK',
      nip: '5252100123',
      examYear: 2027,
      email: 'anna@lo.example.pl',
    });
    expect(r.ecoInvoice).toBeUndefined();
  });

  it.each([
    ['okeCode', '14650-01S', /12 znaków/],
    ['okeCode', '996501-141AK', /województwa/],
    ['okeCode', '146501-14SAK', /szkoły podstawowej/],
    ['nip', '123-456-78-90', /NIP/],
    ['postalCode', '02010', /00-000/],
    ['commission', 'berlin', /komisj/],
  ])('refuses %s "%s" beside the field', (field, value, message) => {
    expect(errors({ ...valid, [field]: value })[field]).toMatch(message);
  });

  it('names every broken part of an OKE code at once', () => {
    const text = errors({ ...valid, okeCode: '1465X1+14SAK' }).okeCode;
    expect(text).toMatch(/TERYT/);
    expect(text).toMatch(/myślnik/);
    expect(text).toMatch(/podstawowej/);
  });

  it('needs the terms, and the contact from a visitor', () => {
    expect(errors({ ...valid, terms: undefined }).terms).toBeTruthy();
    expect(Object.keys(errors(valid, guestOrderSchema))).toEqual(
      expect.arrayContaining(['firstName', 'lastName', 'email']),
    );
  });
});
