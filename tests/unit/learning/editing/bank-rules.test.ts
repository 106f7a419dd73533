// What the questions page says an attempt draws: the sum of the bank rules, or the course's own
// count when there are none; every category shown, with or without a rule.
import { describe, expect, it } from 'vitest';
import { bankOverviewOf } from '@/lib/learning/editing/bank-rules';

describe('bank overview', () => {
  it.each([
    ['no rules: the course count', [], 10, 10, false],
    [
      'rules: their sum',
      [
        { category: 'A', count: 2 },
        { category: '', count: 3 },
      ],
      10,
      5,
      true,
    ],
    ['rules of 0 only count as none', [{ category: 'A', count: 0 }], 7, 7, false],
  ])('%s', (_name, rules, courseCount, draws, hasRules) => {
    const o = bankOverviewOf(
      [
        { category: '', questions: 4 },
        { category: 'A', questions: 3 },
      ],
      rules,
      courseCount,
    );
    expect(o.draws).toBe(draws);
    expect(o.hasRules).toBe(hasRules);
  });

  it('lists a rule whose category has no questions left, so staff can clear it', () => {
    const o = bankOverviewOf([{ category: 'Łatwe', questions: 2 }], [{ category: 'Trudne', count: 1 }], 5);
    expect(o.categories).toEqual([
      { category: 'Łatwe', questions: 2, count: 0 },
      { category: 'Trudne', questions: 0, count: 1 },
    ]);
  });
});
