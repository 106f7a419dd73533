import { describe, expect, it } from 'vitest';
import { checkoutSchema } from '@/lib/orders/checkout-schema';
import { fieldErrorsOf } from '@/lib/actions/action';
import { groupPackagePrice } from '@/lib/catalog/offers';

const base = { checkoutKey: 'k'.repeat(20), buyerType: 'PERSON', payMethod: 'blik', terms: 'on' };

describe('checkout form', () => {
  it('accepts a private person without invoice data', () => {
    expect(checkoutSchema.safeParse(base).success).toBe(true);
  });
  it.each([
    ['blik', true],
    ['transfer', true],
    ['card', true],
    ['paypal', false],
  ])('payMethod %s is a method of the form: %s', (payMethod, ok) => {
    expect(checkoutSchema.safeParse({ ...base, payMethod }).success).toBe(ok);
  });
  it('reports every missing company field at once, the terms included', () => {
    const r = checkoutSchema.safeParse({ ...base, buyerType: 'COMPANY', terms: undefined, nip: '5260250275' });
    expect(r.success).toBe(false);
    const fe = fieldErrorsOf(r.error!);
    expect(Object.keys(fe).sort()).toEqual(['city', 'companyName', 'nip', 'postalCode', 'street', 'terms']);
    expect(fe.nip).toMatch(/NIP/);
  });
  it.each([
    ['', 'Podaj NIP.'],
    ['   ', 'Podaj NIP.'],
    ['5260250275', 'Nieprawidłowy NIP — sprawdź cyfry'],
  ])('NIP %j is reported as %s', (nip, message) => {
    const r = checkoutSchema.safeParse({ ...base, buyerType: 'COMPANY', nip });
    expect(fieldErrorsOf(r.error!).nip).toBe(message);
  });
  it('accepts a company with a valid NIP and address', () => {
    const r = checkoutSchema.safeParse({
      ...base,
      buyerType: 'COMPANY',
      companyName: 'Firma',
      nip: 'PL 526-025-02-74',
      street: 'Długa 1',
      postalCode: '00-950',
      city: 'Kraków',
    });
    expect(r.success).toBe(true);
  });
  it('asks a private person for an address only when they want an invoice', () => {
    const r = checkoutSchema.safeParse({ ...base, wantsInvoice: 'on', postalCode: '00950' });
    expect(Object.keys(fieldErrorsOf(r.error!)).sort()).toEqual(['city', 'postalCode', 'street']);
  });
});

describe('group package prices', () => {
  it('cost less per seat the bigger the package, rounded to whole złoty', () => {
    expect(groupPackagePrice(9900, 30)).toBe(252500);
    expect(groupPackagePrice(9900, 1000)).toBe(4455000);
    const perSeat = [30, 100, 250, 500, 1000].map((s) => groupPackagePrice(9900, s) / s);
    expect([...perSeat].sort((a, b) => b - a)).toEqual(perSeat);
    expect(() => groupPackagePrice(9900, 31)).toThrow();
  });
});
