// The attempt's total: points per question with weights, the floored percent and the pass mark.
import { describe, expect, it } from 'vitest';
import { bestScore, isPassed, percentOf, scoreAttempt, TamperedAnswerError } from '@/lib/learning/final-test/scoring';
import type { ScorableRow } from '@/lib/learning/questions/scoring';
import type { AttemptAnswers } from '@/lib/learning/questions/config';

const single = (id: string, points = 1): ScorableRow => ({
  id,
  kind: 'SINGLE',
  points,
  config: null,
  options: [
    { id: 'y', correct: true },
    { id: 'n', correct: false },
  ],
});
const bank = (n: number) => Array.from({ length: n }, (_, i) => single(`s${i}`));
const answerFirst = (n: number, total: number): AttemptAnswers =>
  Object.fromEntries(
    Array.from({ length: total }, (_, i) => [`s${i}`, { kind: 'choice', optionIds: [i < n ? 'y' : 'n'] }]),
  );

describe('scoreAttempt', () => {
  it('weights questions by their points', () => {
    const r = scoreAttempt([single('a', 3), single('b', 1)], {
      a: { kind: 'choice', optionIds: ['y'] },
      b: { kind: 'choice', optionIds: ['n'] },
    });
    expect(r).toMatchObject({ points: 3, maxPoints: 4, percent: 75 });
    expect(r.perQuestion.map((q) => [q.points, q.max, q.correct])).toEqual([
      [3, 3, true],
      [0, 1, false],
    ]);
  });

  it('keeps partial credit exact and floors the percent', () => {
    const multi: ScorableRow = {
      id: 'm',
      kind: 'MULTIPLE',
      points: 2,
      config: { partialCredit: true },
      options: ['a', 'b', 'c', 'd'].map((id) => ({ id, correct: id !== 'b' })),
    };
    const r = scoreAttempt([multi, single('s')], { m: { kind: 'choice', optionIds: ['a', 'c'] } });
    expect(r.points).toBeCloseTo(4 / 3, 4);
    expect(r.percent).toBe(44.4);
  });

  it('throws for an answer to a question not in the attempt', () => {
    expect(() => scoreAttempt([single('a')], { zz: { kind: 'choice', optionIds: ['y'] } })).toThrow(
      TamperedAnswerError,
    );
  });
});

describe('percent and pass mark', () => {
  it.each([
    [2, 3, 66.6],
    [1299, 2000, 64.9],
    [0, 0, 0],
    [65, 100, 65],
    [13, 20, 65],
    [7, 10, 70],
    [0.6, 3, 20],
  ])('%d of %d points is %d %%', (points, max, percent) => {
    expect(percentOf(points, max)).toBe(percent);
  });

  it('counts exactly 65 % as a pass at 65 and 64.9 % as a fail', () => {
    const r = scoreAttempt(bank(20), answerFirst(13, 20));
    expect(r.percent).toBe(65);
    expect(isPassed(r.percent, 65)).toBe(true);
    expect(isPassed(64.9, 65)).toBe(false);
    expect(isPassed(scoreAttempt(bank(20), answerFirst(12, 20)).percent, 65)).toBe(false);
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
