import { describe, expect, it } from 'vitest';
import { schoolCard } from '@/lib/licence/school-page';
import type { SchoolAccess } from '@/lib/licence/access';

const school = { id: 's1', name: 'XIV LO', okeCode: '146501-141AK', commission: 'warszawa' };
const access = (
  over: Partial<NonNullable<SchoolAccess['licence']>> = {},
  level: SchoolAccess['level'] = 'restricted',
): SchoolAccess => ({
  schoolId: 's1',
  role: 'DIRECTOR',
  level,
  licence: {
    id: 'l1',
    examYear: 2027,
    contractId: 'c1',
    contractStatus: 'PENDING',
    viewerPays: true,
    phase: 'active',
    proforma: {
      chargeId: 'ch1',
      number: 'PF/2026/000007',
      amount: 50_000,
      currency: 'PLN',
      deadline: new Date('2026-12-16T00:00:00Z'),
    },
    ...over,
  },
});

describe("the school's page (A7)", () => {
  it('says "licencja nieopłacona" with the pro-forma number, amount and deadline, and links the pro-forma and PayU for the payer', () => {
    const card = schoolCard(school, access());
    expect(card.levelLabel).toBe('licencja nieopłacona');
    expect(card.commission).toMatch(/Warszawie/);
    expect(card.unpaid?.text).toMatch(/PF\/2026\/000007/);
    expect(card.unpaid?.text).toMatch(/500,00/);
    expect(card.unpaid?.text).toMatch(/16 grudnia 2026/);
    expect(card.unpaid?.links).toEqual({
      proforma: '/api/proforma/ch1',
      pay: expect.stringMatching(/^\/platnosc\/umowa\/ch1\./),
    });
  });

  it('shows another staff member what to pay without the payer-only links', () => {
    expect(schoolCard(school, access({ viewerPays: false })).unpaid?.links).toBeNull();
  });

  it('shows no payment box once paid', () => {
    expect(schoolCard(school, access({ proforma: null, contractStatus: 'ACTIVE' }, 'full')).unpaid).toBeNull();
  });
});
