// The printouts page (issue 23, A7): every download listed, and after a refused one the reason
// for the viewer's access level — what to pay for an unpaid licence, void/purged, or nothing.
import { describe, expect, it } from 'vitest';
import { printoutPath, printoutsPage } from '@/lib/matura/printouts/printouts-page';
import type { SchoolAccess } from '@/lib/licence/access';

const access = (level: SchoolAccess['level'], proforma = true): SchoolAccess => ({
  schoolId: 'school1',
  role: 'TEACHER',
  level,
  licence: {
    id: 'l1',
    examYear: 2027,
    contractId: 'c1',
    contractStatus: level === 'restricted' ? 'PENDING' : 'ACTIVE',
    viewerPays: false,
    phase: 'active',
    proforma: proforma
      ? {
          chargeId: 'ch',
          number: 'PF/2026/12/0007',
          amount: 50_000,
          currency: 'PLN',
          deadline: new Date('2026-12-16T10:00:00Z'),
        }
      : null,
  },
});

describe('printoutsPage', () => {
  it('lists the six downloads under the school, each with its sentence', () => {
    const page = printoutsPage(access('full'), false);
    expect(page.downloads.map((d) => d.href)).toEqual([
      '/planer/szkoly/school1/wydruki/deklaracje.pdf',
      '/planer/szkoly/school1/wydruki/przedmioty.pdf',
      '/planer/szkoly/school1/wydruki/przedmioty.xlsx',
      '/planer/szkoly/school1/wydruki/uczniowie.xlsx',
      '/planer/szkoly/school1/wydruki/sale.pdf',
      '/planer/szkoly/school1/wydruki/zespoly.pdf',
    ]);
    expect(page.downloads.every((d) => d.name && d.about)).toBe(true);
    expect(page.refusal).toBeNull();
  });

  it('explains an unpaid licence with the pro-forma number, amount and deadline, and links to paying', () => {
    const { refusal } = printoutsPage(access('restricted'), true);
    expect(refusal).toMatchObject({ tone: 'warning', pay: true });
    expect(refusal!.text).toContain('PF/2026/12/0007');
    expect(refusal!.text).toContain('500,00');
    expect(refusal!.text).toContain('16 grudnia 2026');
  });

  it.each([
    ['restricted', false, 'warning'],
    ['blocked', true, 'error'],
    ['read-only', true, 'info'],
  ] as const)('a refusal at level %s (pro-forma %s) is a %s notice', (level, pf, tone) => {
    expect(printoutsPage(access(level, pf), true).refusal?.tone).toBe(tone);
  });

  it('says nothing when the licence has been paid since the refusal', () => {
    expect(printoutsPage(access('full'), true).refusal).toBeNull();
  });

  it("builds one student's declaration address", () => {
    expect(printoutPath('s', 'declarations', '?uczen=abc')).toBe('/planer/szkoly/s/wydruki/deklaracje.pdf?uczen=abc');
  });
});
