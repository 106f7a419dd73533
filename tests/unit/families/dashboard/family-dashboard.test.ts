// The family dashboard's payments: a charge's label in the reader's language (from its stored key),
// or the stored Polish label marked as Polish when the charge has no key.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const charges: unknown[] = [];
vi.mock('@/lib/db/client', () => {
  const none = { findMany: async () => [] };
  return {
    db: () => ({
      child: { findMany: async () => [{ id: 'c1', fullName: 'Kuba Nowak', userId: 'u1' }] },
      enrolment: none,
      lessonProgress: none,
      liveSession: none,
      contractCharge: { findMany: async () => charges },
    }),
  };
});

const { familyDashboard } = await import('@/lib/families/dashboard/family-dashboard');

const NOW = new Date('2026-12-04T12:00:00Z');
const charge = (id: string, label: string, labelKey: unknown, contractId: string) => ({
  id,
  label,
  labelKey,
  amount: 10000,
  discount: 0,
  currency: 'PLN',
  dueDate: new Date('2027-01-03T00:00:00Z'),
  contract: {
    id: contractId,
    number: `UM/2026/${contractId}`,
    beneficiaryId: 'u1',
    offer: { title: 'Matematyka Live' },
  },
});

describe('familyDashboard payments', () => {
  beforeEach(() => {
    charges.length = 0;
    charges.push(
      charge('ch1', 'Rata 3 z 9', { key: 'instalment', n: 3, of: 9 }, 'A1'),
      charge('ch2', 'Abonament 2: 3 stycznia 2027 – 24 stycznia 2027', null, 'B2'),
    );
  });

  it('Polish by default: the labels as stored, none marked', async () => {
    const [c] = (await familyDashboard('p1', NOW)).children;
    expect(c.payments.map((p) => [p.label, p.labelLang])).toEqual([
      ['Rata 3 z 9', undefined],
      ['Abonament 2: 3 stycznia 2027 – 24 stycznia 2027', undefined],
    ]);
  });

  it('in English: a keyed label in English, an unkeyed one as stored and marked Polish', async () => {
    const [c] = (await familyDashboard('p1', NOW, 'en')).children;
    expect(c.payments.map((p) => [p.label, p.labelLang])).toEqual([
      ['Instalment 3 of 9', undefined],
      ['Abonament 2: 3 stycznia 2027 – 24 stycznia 2027', 'pl'],
    ]);
  });
});
