import { describe, expect, it } from 'vitest';
import { contractView, paymentState } from '@/lib/orders/order-page';
import type { ContractFacts } from '@/lib/orders/confirmation/facts';
import { currentTermsVersion } from '@/lib/legal/registry';

const CURRENT_TERMS_VERSION = currentTermsVersion();
import { fromWarsaw } from '@/lib/format/time';

const FAMILY = 'http://localhost:3000/rodzina';
const facts = (over: Partial<ContractFacts> = {}): ContractFacts => ({
  id: 'o1',
  number: 'ZAM-1',
  buyerType: 'PERSON',
  buyerName: 'Olga Wiśniewska',
  consent: false,
  termsVersion: CURRENT_TERMS_VERSION,
  termsAcceptedAt: fromWarsaw(2026, 12, 1, 10),
  paidAt: fromWarsaw(2026, 12, 1, 10, 2),
  currency: 'PLN',
  totalGross: 14900,
  items: [{ name: 'RODO w praktyce', quantity: 1, totalGross: 14900, kind: 'course' }],
  familyPackages: [],
  ...over,
});

describe('the contract section of the order page', () => {
  it('is absent before payment: no contract yet', () => {
    expect(contractView(facts({ paidAt: null }), FAMILY)).toBeNull();
  });

  it('gives a consumer without the request the terms, instruction and form, and the last day', () => {
    const v = contractView(facts(), FAMILY)!;
    expect(v.documents.map((d) => d.href)).toEqual([
      '/zamowienia/o1/regulamin.pdf',
      '/zamowienia/o1/pouczenie.pdf',
      '/zamowienia/o1/formularz-odstapienia.pdf',
    ]);
    expect(v.consent).toMatch(/^Nie — /);
    expect(v.statements).toEqual([expect.stringContaining('Do 15 grudnia 2026 włącznie można odstąpić')]);
    expect(v.pointToWithdrawal).toBe(true);
  });

  it('links a reader of another language to the courtesy translation beside each Polish original', () => {
    const copies = (locale: string) => contractView(facts(), FAMILY, locale)!.documents.map((d) => d.copyHref);
    expect(copies('pl')).toEqual([undefined, undefined, undefined]);
    expect(copies('en')).toEqual([
      '/zamowienia/o1/regulamin.pdf?lang=en',
      '/zamowienia/o1/pouczenie.pdf?lang=en',
      '/zamowienia/o1/formularz-odstapienia.pdf?lang=en',
    ]);
    // The terms have no Ukrainian translation: their original stands alone.
    expect(copies('uk')).toEqual([
      undefined,
      '/zamowienia/o1/pouczenie.pdf?lang=uk',
      '/zamowienia/o1/formularz-odstapienia.pdf?lang=uk',
    ]);
  });

  it.each([
    [{ consent: true }, ['regulamin.pdf', 'potwierdzenie.pdf'], /^Tak — /],
    [{ buyerType: 'COMPANY' as const }, ['regulamin.pdf'], /^Nie dotyczy — zamówienie złożyła firma/],
    [
      { consent: true, items: [{ name: 'Pakiet', quantity: 1, totalGross: 1, kind: 'family' as const }] },
      ['regulamin.pdf', 'pouczenie.pdf', 'formularz-odstapienia.pdf'],
      /pakiety przedmiotowe mają własny tryb/,
    ],
    [{ termsVersion: 'nieznana' }, ['pouczenie.pdf', 'formularz-odstapienia.pdf'], /^Nie — /],
  ])('%o → %o', (over, files, consent) => {
    const v = contractView(facts(over), FAMILY)!;
    expect(v.documents.map((d) => d.href.split('/').pop())).toEqual(files);
    expect(v.consent).toMatch(consent);
  });
});

it('describes the family procedure with the family page, with the kit but no pointer to the order button', () => {
  const v = contractView(
    facts({ items: [{ name: 'Standard', quantity: 1, totalGross: 69900, kind: 'family' }] }),
    FAMILY,
  )!;
  expect(v.statements).toEqual([expect.stringContaining(`„Moja rodzina” (${FAMILY})`)]);
  expect(v.statements[0]).toContain('§ 5.3');
  expect(v.documents.map((d) => d.kind)).toEqual(['terms', 'withdrawalInstruction', 'withdrawalForm']);
  expect(v.pointToWithdrawal).toBe(false);
});

describe('where the payment stands', () => {
  const order = (status: string, payment: string | null) => ({
    status,
    payments: payment ? [{ status: payment }] : [],
  });
  it.each([
    [order('AWAITING_PAYMENT', 'PENDING'), undefined, { inProgress: true, failed: false }],
    [order('AWAITING_PAYMENT', 'PENDING'), 'x', { inProgress: false, failed: true }],
    [order('AWAITING_PAYMENT', 'CANCELED'), undefined, { inProgress: false, failed: true }],
    [order('AWAITING_PAYMENT', null), undefined, { inProgress: false, failed: false }],
    [order('PAID', 'COMPLETED'), undefined, { inProgress: false, failed: false }],
    [order('PAID', 'COMPLETED'), 'x', { inProgress: false, failed: false }],
  ])('%o with error %s', (o, error, expected) => {
    expect(paymentState(o, error)).toMatchObject(expected);
  });
});
