// Invoice and correction snapshots of every kind the platform issues, shaped as lib/invoices/issue.ts
// and lib/families/family-order.ts store them, and a reader of the FA(3) XML they turn into.
import { create } from 'xmlbuilder2';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import type { SnapshotItem } from '@/lib/invoices/lines';
import type { InvoiceLine } from '@/lib/invoices/pdf';
import { parseSeller } from '@/lib/invoices/seller';

const s = parseSeller({ PLANETA_SELLER_BANK_ACCOUNT: '12 1020 1026 0000 0102 0000 0000' });
export const seller = { name: s.name, nip: s.nip, addressLines: s.addressLines, bankAccount: s.bankAccount };

const base = {
  number: 'FV/2026/000123',
  issueDate: '2026-03-14T10:00:00.500Z',
  saleDate: '2026-03-14T09:59:58.000Z',
  place: 'Warszawa',
  orderNumber: 'ZAM-20260314-7KQ3',
  seller,
  shipTo: null,
  currency: 'PLN',
  paymentMethod: 'PayU',
  paid: true,
} satisfies Partial<InvoiceSnapshot>;

const course = (name: string, unitGross: number, seats = 1): SnapshotItem => ({
  name,
  quantity: 1,
  seats,
  unitGross,
  vatRate: 23,
  totalGross: unitGross,
  kind: null,
  details: null,
});

type FamilyLine = { kind: string; description: string; amountMinor: number };
/** A child's family package as lib/families/family-order.ts stores it. */
function familyItem(pkg: string, child: string, lines: FamilyLine[]): SnapshotItem {
  const title = `${pkg} 2026/2027 — ${child}`;
  const total = lines.reduce((a, l) => a + l.amountMinor, 0);
  const extras = lines.filter((l) => l.kind !== 'PACKAGE').map((l) => l.description);
  return {
    name: [title, ...extras].join('; '),
    quantity: 1,
    seats: 1,
    unitGross: total,
    vatRate: 23,
    totalGross: total,
    kind: 'FAMILY_PACKAGE',
    details: { title, childName: child, lines },
  };
}

const zuraw = {
  name: 'Zakład Usług Łączności „Żuraw” sp. z o.o.',
  nip: '5260250274',
  country: null,
  addressLines: ['ul. Świętokrzyska 12', '00-916 Warszawa'],
};

export const SNAPSHOTS = {
  /** A company with a NIP buys two courses. */
  companyCourses: {
    ...base,
    buyer: zuraw,
    items: [course('Kurs „Księgowość” — żółć', 9900), course('Excel w biurze', 24900)],
  },
  /** A consumer (no NIP) who asked for the invoice after the purchase confirmation, weeks later. */
  consumerRequested: {
    ...base,
    number: 'FV/2026/000456',
    issueDate: '2026-04-20T08:00:00.000Z',
    // 00:30 on 1 April in Warsaw (CEST), still 31 March in UTC.
    saleDate: '2026-03-31T22:30:00.000Z',
    requestedAt: '2026-04-20T07:59:00.000Z',
    buyer: { name: 'Jan Kowalski', nip: null, country: 'PL', addressLines: ['ul. Polna 1', '30-001 Kraków'] },
    items: [course('Kurs „Excel od podstaw”', 19900)],
  },
  /** A company buys a group package: one service for 100 accounts. */
  groupPackage: {
    ...base,
    buyer: zuraw,
    items: [course('Kurs „RODO w firmie” — pakiet 100 kont', 239_920, 100)],
  },
  /** A parent in the UK, in GBP: two children, the second with the sibling discount, add-ons. */
  familyGbp: {
    ...base,
    currency: 'GBP',
    plnRate: { plnPerUnitTimes10000: 51_234, effectiveOn: '2026-03-13' },
    buyer: { name: 'Anna Nowak', nip: null, country: 'GB', addressLines: ['12 Baker Street', 'London NW1 6XE'] },
    items: [
      familyItem('Pakiet Standard', 'Ola Nowak', [
        { kind: 'PACKAGE', description: 'Pakiet Standard', amountMinor: 61_900 },
        { kind: 'EXAM', description: 'Egzamin ósmoklasisty — przygotowanie', amountMinor: 4_500 },
      ]),
      familyItem('Pakiet Standard', 'Jan Nowak', [
        { kind: 'PACKAGE', description: 'Pakiet Standard', amountMinor: 61_900 },
        { kind: 'SIBLING_DISCOUNT', description: 'Rabat dla rodzeństwa', amountMinor: -12_380 },
        { kind: 'POLISH_GROUP_LESSONS', description: 'Lekcje języka polskiego w grupie', amountMinor: 9_900 },
      ]),
    ],
  },
  /** A parent in the US buys Premium in USD; the books go to the grandmother in Poland. */
  premiumUsdShipped: {
    ...base,
    currency: 'USD',
    plnRate: { plnPerUnitTimes10000: 39_876, effectiveOn: '2026-03-13' },
    buyer: { name: 'Ewa Wiśniewska', nip: null, country: 'US', addressLines: ['12 Main St', 'Chicago, IL 60601'] },
    shipTo: { name: 'Halina Wiśniewska', country: 'PL', addressLines: ['ul. Lipowa 3', '00-950 Warszawa'] },
    items: [
      familyItem('Pakiet Premium', 'Zosia Wiśniewska', [
        { kind: 'PACKAGE', description: 'Pakiet Premium', amountMinor: 134_900 },
      ]),
    ],
  },
  /** A German company with its EU VAT number, in EUR. */
  euCompanyEur: {
    ...base,
    currency: 'EUR',
    plnRate: { plnPerUnitTimes10000: 42_386, effectiveOn: '2026-03-13' },
    buyer: {
      name: 'Müller & Söhne GmbH',
      nip: 'DE 123456789',
      country: 'DE',
      addressLines: ['Hauptstraße 5', '10115 Berlin'],
    },
    items: [course('Kurs „Polski w biznesie”', 56_400)],
  },
  /** A Norwegian company with its tax number (not an EU one), EUR with no NBP rate in the table. */
  nonEuCompanyNoRate: {
    ...base,
    currency: 'EUR',
    plnRate: null,
    buyer: {
      name: 'Fjord AS',
      nip: 'NO987654321MVA',
      country: 'NO',
      addressLines: ['Karl Johans gate 1', '0154 Oslo'],
    },
    items: [course('Kurs „Polski w biznesie”', 56_400)],
  },
  /** An invoice of before the lines builder: its printed lines frozen as they were. */
  legacyLines: {
    ...base,
    buyer: zuraw,
    lines: [{ name: 'Kurs „Excel”', quantity: 2, unit: 'szt.', unitGross: 10_001, vatRate: 23 }],
  },
} satisfies Record<string, InvoiceSnapshot>;

const line = (name: string, unitGross: number, discountGross = 0): InvoiceLine => ({
  name,
  quantity: 1,
  unit: 'usł.',
  unitGross,
  vatRate: 23,
  ...(discountGross ? { discountGross } : {}),
});

const correctionBase = {
  kind: 'CORRECTION',
  number: 'FK/2026/000001',
  issueDate: '2026-03-20T10:00:00.000Z',
  place: 'Warszawa',
  seller,
  orderNumber: 'ZAM-20260314-7KQ3',
  refundId: 'refund-1',
} satisfies Partial<CorrectionSnapshot>;

export const KSEF_NUMBER = '5265877635-20260314-0100001AF629-AF';

export const CORRECTIONS = {
  /** A family in EUR withdraws from one add-on: that line refunded whole, the rest unchanged. */
  partialEur: {
    ...correctionBase,
    reason: 'Zwrot części ceny — odstąpienie od umowy',
    corrected: {
      number: 'FV/2026/000123',
      issueDate: '2026-03-14T10:00:00.500Z',
      saleDate: '2026-03-14T09:59:58.000Z',
      ksefNumber: null,
    },
    buyer: { name: 'Agnieszka Nowak', addressLines: ['Hauptstraße 5', '10115 Berlin'], country: 'DE' },
    currency: 'EUR',
    plnRate: { plnPerUnitTimes10000: 42_386, effectiveOn: '2026-03-13' },
    before: [
      line('Pakiet Standard — Kuba', 69_900, 23_000),
      line('Egzamin — Kuba', 10_000),
      line('Pakiet Mini — Ola', 40_900),
    ],
    after: [
      line('Pakiet Standard — Kuba', 69_900, 23_000),
      line('Egzamin — Kuba', 10_000, 10_000),
      line('Pakiet Mini — Ola', 40_900),
    ],
  },
  /** A company's whole order refunded after a complaint: every line to zero, PLN. */
  wholePln: {
    ...correctionBase,
    number: 'FK/2026/000002',
    reason: 'Zwrot całości ceny — reklamacja R/2026/000007',
    corrected: {
      number: 'FV/2026/000100',
      issueDate: '2026-03-02T09:00:00.000Z',
      saleDate: '2026-03-02T08:59:00.000Z',
      ksefNumber: null,
    },
    buyer: zuraw,
    currency: 'PLN',
    before: [line('Kurs „Księgowość”', 9_900), line('Excel w biurze', 24_900)],
    after: [line('Kurs „Księgowość”', 9_900, 9_900), line('Excel w biurze', 24_900, 24_900)],
  },
} satisfies Record<string, CorrectionSnapshot>;

/** An element's child elements (this DOM's `children` lists every descendant). */
export const kids = (el: Element) => [...el.childNodes].filter((n): n is Element => n.nodeType === 1);

/** The FA(3) document read back: texts of elements by name, and the FaWiersz rows. */
export function readXml(xml: string) {
  const root = create(xml).root().node as unknown as Element;
  const texts = (el: Element, name: string) => [...el.getElementsByTagName(name)].map((e) => e.textContent ?? '');
  const rows = [...root.getElementsByTagName('FaWiersz')].map((w) => (name: string) => texts(w, name)[0]);
  const notes = [...root.getElementsByTagName('DodatkowyOpis')].map((d) => ({
    line: texts(d, 'NrWiersza')[0],
    key: texts(d, 'Klucz')[0],
    value: texts(d, 'Wartosc')[0],
  }));
  return {
    root,
    all: (name: string) => texts(root, name),
    /** The one element's text; undefined when absent, throws when there are several. */
    one(name: string): string | undefined {
      const found = texts(root, name);
      if (found.length > 1) throw new Error(`${found.length} × ${name}`);
      return found[0];
    },
    rows,
    notes,
  };
}
