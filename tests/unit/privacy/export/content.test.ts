// dane.json and the summary as pure functions of loaded data: ISO dates, money in minor units with
// the currency, consents from the account and each order, an unnumbered invoice left out, the
// children's data with the parent's, and the same sections for the PDF and the page.
import { describe, expect, it } from 'vitest';
import { exportContent, EXPORT_FORMAT } from '@/lib/privacy/export/content';
import type { PersonData } from '@/lib/privacy/export/person-data';
import { summarySections } from '@/lib/privacy/export/summary';

const at = (s: string) => new Date(s);
const enrolment = (title: string) => ({
  status: 'ACTIVE' as const,
  startsAt: at('2026-11-02T10:00:00Z'),
  endsAt: null,
  createdAt: at('2026-11-02T10:00:00Z'),
  course: { title, modules: [{ _count: { lessons: 3 } }, { _count: { lessons: 1 } }] },
  progress: [{ completedAt: at('2026-11-03T08:00:00Z'), lesson: { title: 'Wstęp' } }],
  attempts: [
    {
      number: 1,
      startedAt: at('2026-11-04T08:00:00Z'),
      submittedAt: at('2026-11-04T08:20:00Z'),
      points: 8,
      maxPoints: 10,
      percent: 80,
      passed: true,
    },
  ],
  certificate: {
    number: 'PL-2026-0001',
    fullName: 'Ewa Łąka',
    courseTitle: title,
    scorePercent: 80,
    issuedAt: at('2026-11-04T08:20:00Z'),
  },
});

const order = (number: string, invoiceNumber: string | null) => ({
  number,
  status: 'PAID' as const,
  createdAt: at('2026-11-01T09:00:00Z'),
  paidAt: at('2026-11-01T09:05:00Z'),
  currency: 'EUR',
  totalGross: 12345,
  refundedGross: 0,
  buyerType: 'PERSON' as const,
  buyerName: 'Ewa Łąka',
  buyerEmail: 'ewa@example.pl',
  companyName: null,
  nip: null,
  street: 'Polna 1',
  postalCode: '00-001',
  city: 'Warszawa',
  country: 'PL',
  shippingName: null,
  shippingStreet: null,
  shippingPostalCode: null,
  shippingCity: null,
  shippingCountry: null,
  termsVersion: '2026-11-01',
  termsAcceptedAt: at('2026-11-01T09:00:00Z'),
  immediateDeliveryConsent: true,
  items: [{ name: 'Excel', quantity: 1, seats: 1, unitGross: 12345, totalGross: 12345, vatRate: 23 }],
  payments: [{ status: 'COMPLETED' as const, amount: 12345, currency: 'EUR', createdAt: at('2026-11-01T09:01:00Z') }],
  refunds: [],
  invoice: {
    number: invoiceNumber,
    kind: 'INVOICE' as const,
    issuedAt: invoiceNumber ? at('2026-11-01T09:06:00Z') : null,
    saleDate: at('2026-11-01T09:05:00Z'),
    snapshot: { buyer: { name: 'Ewa Łąka', nip: null, addressLines: ['Polna 1', '00-001 Warszawa'] } },
  },
});

const data = {
  user: {
    id: 'u1',
    firstName: 'Ewa',
    lastName: 'Łąka',
    email: 'ewa@example.pl',
    login: null,
    phone: '+48 600 100 200',
    country: 'PL',
    roles: ['LEARNER', 'PARENT'],
    createdAt: at('2026-10-01T08:00:00Z'),
    lastLoginAt: null,
    termsVersion: '2026-11-01',
    termsAcceptedAt: at('2026-10-01T08:00:00Z'),
  },
  orders: [order('ZAM-1', 'FV/2026/11/0001'), order('ZAM-2', null)],
  enrolments: [enrolment('Excel')],
  emails: [
    {
      subject: 'Witamy',
      template: 'welcome',
      status: 'SENT' as const,
      createdAt: at('2026-10-01T08:00:00Z'),
      sentAt: at('2026-10-01T08:00:05Z'),
      text: 'Dzień dobry',
    },
  ],
  sessions: [
    {
      createdAt: at('2026-11-01T08:00:00Z'),
      lastSeenAt: at('2026-11-01T09:00:00Z'),
      userAgent: 'Chrome · Windows',
      ip: '10.0.0.1',
      revokedAt: null,
    },
  ],
  children: [
    {
      fullName: 'Ola Łąka',
      birthYear: 2016,
      classShift: 0,
      createdAt: at('2026-10-02T08:00:00Z'),
      user: { id: 'c1', login: 'ola' },
      packages: [
        {
          packageCode: 'MINI' as const,
          schoolYear: 2026,
          classNumber: 4,
          status: 'ACTIVE' as const,
          amountPaid: 50000,
          currency: 'PLN',
          paidAt: at('2026-10-03T08:00:00Z'),
          accessEndsAt: null,
        },
      ],
      enrolments: [enrolment('Matematyka 4')],
    },
  ],
  groups: [],
  memberships: [],
  complaints: [],
  contactMessages: [{ topic: 'Pytanie', message: 'Czy jest faktura?', createdAt: at('2026-11-05T08:00:00Z') }],
  officeMessages: [
    {
      fromOffice: false,
      body: 'Kiedy test A2?',
      createdAt: at('2026-11-06T08:00:00Z'),
      files: [{ fileName: 'a.pdf' }],
    },
  ],
  privacyRequests: [],
  familyTrials: [],
  exports: [],
} as unknown as PersonData;

const NOW = at('2026-12-01T11:00:00Z');

describe('exportContent', () => {
  const c = exportContent(data, NOW);

  it('names its format and when it was made, dates in ISO 8601', () => {
    expect(c.format).toBe(EXPORT_FORMAT);
    expect(c.generatedAt).toBe('2026-12-01T11:00:00.000Z');
    expect(c.profile.createdAt).toBe('2026-10-01T08:00:00.000Z');
    expect(c.profile).toMatchObject({ email: 'ewa@example.pl', phone: '+48 600 100 200' });
  });

  it('gives money as minor units with the currency', () => {
    expect(c.orders[0]!.total).toEqual({ amount: 12345, currency: 'EUR' });
    expect(c.orders[0]!.items[0]!.unitPrice).toEqual({ amount: 12345, currency: 'EUR' });
    expect(c.children[0]!.packages[0]!.paid).toEqual({ amount: 50000, currency: 'PLN' });
  });

  it('lists the consents of the account and of each order with their versions and dates', () => {
    expect(c.consents).toEqual([
      { kind: 'terms', version: '2026-11-01', acceptedAt: '2026-10-01T08:00:00.000Z', context: 'account', order: null },
      {
        kind: 'terms',
        version: '2026-11-01',
        acceptedAt: '2026-11-01T09:00:00.000Z',
        context: 'order',
        order: 'ZAM-1',
      },
      {
        kind: 'immediate-delivery',
        version: '2026-11-01',
        acceptedAt: '2026-11-01T09:00:00.000Z',
        context: 'order',
        order: 'ZAM-1',
      },
      {
        kind: 'terms',
        version: '2026-11-01',
        acceptedAt: '2026-11-01T09:00:00.000Z',
        context: 'order',
        order: 'ZAM-2',
      },
      {
        kind: 'immediate-delivery',
        version: '2026-11-01',
        acceptedAt: '2026-11-01T09:00:00.000Z',
        context: 'order',
        order: 'ZAM-2',
      },
    ]);
  });

  it('lists issued invoices with the buyer they were issued to, not one still waiting for its number', () => {
    expect(c.invoices).toEqual([
      {
        kind: 'INVOICE',
        number: 'FV/2026/11/0001',
        order: 'ZAM-1',
        issuedAt: '2026-11-01T09:06:00.000Z',
        saleDate: '2026-11-01T09:05:00.000Z',
        total: { amount: 12345, currency: 'EUR' },
        buyer: { name: 'Ewa Łąka', nip: null, address: ['Polna 1', '00-001 Warszawa'] },
      },
    ]);
  });

  it('gives progress, test results and certificates per course, the children’s with theirs', () => {
    expect(c.enrolments[0]).toMatchObject({ course: 'Excel', lessonsTotal: 4, lessonsCompleted: 1 });
    expect(c.enrolments[0]!.testResults[0]).toMatchObject({ percent: 80, passed: true });
    expect(c.enrolments[0]!.certificate?.number).toBe('PL-2026-0001');
    expect(c.children[0]).toMatchObject({ fullName: 'Ola Łąka', login: 'ola' });
    expect(c.children[0]!.enrolments[0]!.course).toBe('Matematyka 4');
  });

  it('keeps messages and sessions', () => {
    expect(c.messages).toEqual([
      expect.objectContaining({ subject: 'Witamy', sentAt: '2026-10-01T08:00:05.000Z', text: 'Dzień dobry' }),
    ]);
    expect(c.sessions[0]).toMatchObject({ device: 'Chrome · Windows', ip: '10.0.0.1', endedAt: null });
    expect(c.contactMessages[0]!.message).toBe('Czy jest faktura?');
    expect(c.officeMessages).toEqual([
      { from: 'learner', message: 'Kiedy test A2?', files: ['a.pdf'], sentAt: '2026-11-06T08:00:00.000Z' },
    ]);
  });
});

describe('summarySections', () => {
  const sections = summarySections(exportContent(data, NOW));
  const section = (id: string) => sections.find((s) => s.id === id)!;

  it('gives every row as many cells as its section has columns', () => {
    for (const s of sections) for (const r of s.rows) expect(r).toHaveLength(s.columns.length);
  });

  it('shows money formatted and dates in Warsaw time', () => {
    expect(section('zamowienia').rows[0]).toEqual([
      'ZAM-1',
      '1 listopada 2026 10:00',
      'Opłacone',
      expect.stringMatching(/123,45\s€/),
    ]);
  });

  it('shows the children’s courses beside the parent’s, named', () => {
    expect(section('kursy').rows.map((r) => r[0])).toEqual(['Excel', 'Matematyka 4 (Ola Łąka)']);
    expect(section('kursy').rows[0]!.slice(1)).toEqual([
      '1 z 4',
      '80% (zaliczony), 1 podejście',
      'PL-2026-0001 (4 listopada 2026)',
    ]);
  });
});
