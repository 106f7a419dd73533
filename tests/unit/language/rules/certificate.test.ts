import { describe, expect, it } from 'vitest';
import { certificateRefusals, isOverdue, type CertificateFacts } from '@/lib/language/rules/certificate';
import { isPassed, percentOf } from '@/lib/learning/final-test/scoring';

const today = '2027-03-15';
const facts = (extra: Partial<CertificateFacts> = {}): CertificateFacts => ({
  levels: [
    { cefr: 'A1', passed: true },
    { cefr: 'A2', passed: true },
  ],
  charges: [{ status: 'PAID', dueDate: '2027-02-10' }],
  today,
  ...extra,
});

describe('certificateRefusals (B15: all level tests up to the level passed, nothing overdue)', () => {
  it('issues when every test is passed and nothing is overdue', () => {
    expect(certificateRefusals(facts())).toEqual([]);
  });

  it.each([
    ['due today is not overdue', '2027-03-15', []],
    ['due tomorrow is not overdue', '2027-03-16', []],
    ['due yesterday is overdue', '2027-03-14', ['languageZone.refusals.overdue']],
    ['due long ago is overdue', '2026-12-01', ['languageZone.refusals.overdue']],
  ])('an open charge %s', (_name, dueDate, expected) => {
    expect(certificateRefusals(facts({ charges: [{ status: 'OPEN', dueDate }] }))).toEqual(expected);
  });

  it.each([
    ['PAID', '2027-01-01'],
    ['CANCELLED', '2027-01-01'],
  ] as const)('a %s charge past its date owes nothing', (status, dueDate) => {
    expect(isOverdue({ status, dueDate }, today)).toBe(false);
    expect(certificateRefusals(facts({ charges: [{ status, dueDate }] }))).toEqual([]);
  });

  it('names each level test not passed, earlier levels first, then the debt', () => {
    const r = certificateRefusals(
      facts({
        levels: [
          { cefr: 'A1', passed: false },
          { cefr: 'A2', passed: true },
          { cefr: 'B1', passed: false },
        ],
        charges: [{ status: 'OPEN', dueDate: '2027-03-01' }],
      }),
    );
    expect(r).toEqual([
      'languageZone.refusals.levelTest.A1',
      'languageZone.refusals.levelTest.B1',
      'languageZone.refusals.overdue',
    ]);
  });

  it('a level code without its own text gets the generic one, once', () => {
    const levels = [
      { cefr: 'X1', passed: false },
      { cefr: 'X2', passed: false },
    ];
    expect(certificateRefusals(facts({ levels }))).toEqual(['languageZone.refusals.levelTestOther']);
  });

  it('no level at all is refused', () => {
    expect(certificateRefusals(facts({ levels: [] }))).toEqual(['languageZone.refusals.noLevel']);
  });

  it.each([
    // points, max, passed at 65 % — raw points, floored: 64.99 % is a fail
    [6499, 10000, false],
    [6500, 10000, true],
    [13, 20, true],
    [12.9, 20, false],
  ])('the level test with %s of %s points passed = %s', (points, max, passed) => {
    const levelPassed = isPassed(percentOf(points, max), 65);
    expect(levelPassed).toBe(passed);
    const r = certificateRefusals(facts({ levels: [{ cefr: 'A1', passed: levelPassed }] }));
    expect(r).toEqual(passed ? [] : ['languageZone.refusals.levelTest.A1']);
  });
});
