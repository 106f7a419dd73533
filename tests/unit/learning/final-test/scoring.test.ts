import { describe, expect, it } from 'vitest';
import {
  bestScore,
  isPassed,
  percentOf,
  scoreAttempt,
  TamperedAnswerError,
  type ScorableQuestion,
} from '@/lib/learning/final-test/scoring';

const single: ScorableQuestion = { id: 'q1', kind: 'single', optionIds: ['a', 'b', 'c'], correctOptionIds: ['b'] };
const multi: ScorableQuestion = {
  id: 'q2',
  kind: 'multiple',
  optionIds: ['a', 'b', 'c', 'd'],
  correctOptionIds: ['a', 'c', 'd'],
};

/** n single-choice questions whose correct option is 'y'. */
function bank(n: number): ScorableQuestion[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    kind: 'single',
    optionIds: ['y', 'n'],
    correctOptionIds: ['y'],
  }));
}
function answerFirst(n: number, total: number): Record<string, string[]> {
  return Object.fromEntries(Array.from({ length: total }, (_, i) => [`s${i}`, [i < n ? 'y' : 'n']]));
}

describe('scoreAttempt: single choice', () => {
  it('gives 1 point only for exactly the correct option', () => {
    expect(scoreAttempt([single], { q1: ['b'] }).points).toBe(1);
    expect(scoreAttempt([single], { q1: ['a'] }).points).toBe(0);
    expect(scoreAttempt([single], { q1: ['a', 'b'] }).points).toBe(0);
    expect(scoreAttempt([single], {}).points).toBe(0);
  });

  it('reports given and expected per question', () => {
    const r = scoreAttempt([single, multi], { q1: ['a'], q2: ['a', 'c', 'd'] });
    expect(r.perQuestion).toEqual([
      { questionId: 'q1', correct: false, points: 0, given: ['a'], expected: ['b'] },
      { questionId: 'q2', correct: true, points: 1, given: ['a', 'c', 'd'], expected: ['a', 'c', 'd'] },
    ]);
    expect(r).toMatchObject({ points: 1, maxPoints: 2, percent: 50 });
  });
});

describe('scoreAttempt: multiple choice', () => {
  it('is all-or-nothing by default', () => {
    expect(scoreAttempt([multi], { q2: ['d', 'c', 'a'] }).points).toBe(1);
    expect(scoreAttempt([multi], { q2: ['a', 'c'] }).points).toBe(0);
    expect(scoreAttempt([multi], { q2: ['a', 'b', 'c', 'd'] }).points).toBe(0);
  });

  it('ignores a repeated option id', () => {
    expect(scoreAttempt([multi], { q2: ['a', 'a', 'c', 'd'] }).points).toBe(1);
  });

  it('in partial mode scores (right − wrong) / correct, floored at 0', () => {
    const partial = { multipleChoice: 'partial' } as const;
    expect(scoreAttempt([multi], { q2: ['a', 'c'] }, partial).points).toBeCloseTo(2 / 3, 10);
    expect(scoreAttempt([multi], { q2: ['a', 'b', 'c'] }, partial).points).toBeCloseTo(1 / 3, 10);
    expect(scoreAttempt([multi], { q2: ['a', 'b'] }, partial).points).toBe(0);
    expect(scoreAttempt([multi], { q2: ['b'] }, partial).points).toBe(0);
    expect(scoreAttempt([multi], { q2: ['a', 'c', 'd'] }, partial).points).toBe(1);
    const r = scoreAttempt([multi], { q2: ['a', 'c'] }, partial);
    expect(r.perQuestion[0].correct).toBe(false);
    expect(r.percent).toBe(66.6);
  });

  it('keeps single choice all-or-nothing in partial mode', () => {
    expect(scoreAttempt([single], { q1: ['a', 'b'] }, { multipleChoice: 'partial' }).points).toBe(0);
  });
});

describe('scoreAttempt: tampering', () => {
  it('throws TamperedAnswerError for an option of another question', () => {
    const q3: ScorableQuestion = { id: 'q3', kind: 'single', optionIds: ['x'], correctOptionIds: ['x'] };
    expect(() => scoreAttempt([single, q3], { q1: ['x'] })).toThrow(TamperedAnswerError);
    try {
      scoreAttempt([single, q3], { q1: ['x'] });
    } catch (e) {
      expect(e).toMatchObject({ questionId: 'q1', optionId: 'x' });
    }
  });

  it('throws for an answer to a question not in the attempt', () => {
    expect(() => scoreAttempt([single], { q1: ['b'], q9: ['a'] })).toThrow(TamperedAnswerError);
  });
});

describe('percent and pass mark', () => {
  it('floors to one decimal so rounding never lifts a fail', () => {
    expect(percentOf(2, 3)).toBe(66.6);
    expect(percentOf(1299, 2000)).toBe(64.9); // 64.95 %
    expect(percentOf(0, 0)).toBe(0);
  });

  it('counts exactly 65 % as a pass at 65 and 64.9 % as a fail', () => {
    const r = scoreAttempt(bank(20), answerFirst(13, 20));
    expect(r.percent).toBe(65);
    expect(isPassed(r.percent, 65)).toBe(true);
    expect(isPassed(64.9, 65)).toBe(false);
    expect(isPassed(scoreAttempt(bank(20), answerFirst(12, 20)).percent, 65)).toBe(false);
  });

  it('counts exactly 60 % as a pass at 60 and 59.9 % as a fail', () => {
    const r = scoreAttempt(bank(20), answerFirst(12, 20));
    expect(r.percent).toBe(60);
    expect(isPassed(r.percent, 60)).toBe(true);
    expect(isPassed(59.9, 60)).toBe(false);
    expect(isPassed(scoreAttempt(bank(20), answerFirst(11, 20)).percent, 60)).toBe(false);
  });

  it('is not fooled by float noise (0.65 × 100)', () => {
    expect(percentOf(65, 100)).toBe(65);
    expect(percentOf(13, 20)).toBe(65);
    expect(percentOf(7, 10)).toBe(70);
    // 0.6 / 3 × 1000 = 199.99999999999997 in floats; the learner earned exactly 20 %.
    const five: ScorableQuestion = {
      id: 'm5',
      kind: 'multiple',
      optionIds: ['a', 'b', 'c', 'd', 'e', 'f'],
      correctOptionIds: ['a', 'b', 'c', 'd', 'e'],
    };
    const r = scoreAttempt(
      [five, ...bank(2)],
      { m5: ['a', 'b', 'c'], s0: ['n'], s1: ['n'] },
      { multipleChoice: 'partial' },
    );
    expect(r.percent).toBe(20);
  });
});

describe('bestScore', () => {
  it('takes the highest finished attempt', () => {
    expect(bestScore([{ percent: 40 }, { percent: 72.5 }, { percent: null }, { percent: 65 }])).toBe(72.5);
  });
  it('is null without finished attempts', () => {
    expect(bestScore([])).toBeNull();
    expect(bestScore([{ percent: null }])).toBeNull();
    expect(bestScore([{ percent: 0 }])).toBe(0);
  });
});
