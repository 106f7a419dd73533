// The placement rule (B13): the first band below the mark is the level to learn, on raw points.
import { describe, expect, it } from 'vitest';
import {
  bandMastered,
  bandPercentOf,
  canSubmitPlacement,
  inBandOrder,
  recommendLevel,
  type BandScore,
} from '@/lib/language/rules/placement';

const bands = (...scores: [number, number][]): BandScore[] =>
  scores.map(([scored, max], i) => ({ cefr: ['A1', 'A2', 'B1', 'B2', 'C1'][i], scored, max }));

describe('recommendLevel', () => {
  it.each([
    ['nothing known → A1', bands([1, 4], [0, 4], [0, 4], [0, 4], [0, 4]), 'A1'],
    ['A1 mastered, A2 not → A2', bands([4, 4], [2, 4], [0, 4], [0, 4], [0, 4]), 'A2'],
    ['exactly 60 % is mastered', bands([3, 5], [3, 5], [1, 5], [0, 5], [0, 5]), 'B1'],
    ['59.99 % is not rounded up', bands([5, 5], [2.9995, 5], [5, 5], [5, 5], [5, 5]), 'A2'],
    ['a gap: the first band below counts, not a later one', bands([4, 4], [1, 4], [4, 4], [4, 4], [4, 4]), 'A2'],
    ['all mastered → the last band', bands([4, 4], [4, 4], [4, 4], [3, 4], [3, 4]), 'C1'],
    ['partial credit summed to whole points', bands([2.3333, 4], [2.6667, 4], [0, 4], [0, 4], [0, 4]), 'A1'],
    ['a band without questions is passed over', bands([4, 4], [0, 0], [1, 4], [0, 4], [0, 4]), 'B1'],
    ['a last band without questions: the last assessed one', bands([4, 4], [4, 4], [4, 4], [4, 4], [0, 0]), 'B2'],
  ])('%s', (_name, b, expected) => {
    expect(recommendLevel(b, 60)).toBe(expected);
  });

  it('follows the programme’s own mark', () => {
    const b = bands([3, 4], [2, 4]);
    expect(recommendLevel(b, 75)).toBe('A2');
    expect(recommendLevel(b, 80)).toBe('A1');
  });

  it('has nothing to recommend without bands', () => {
    expect(recommendLevel([], 60)).toBeNull();
  });
});

describe('bandMastered', () => {
  it.each([
    [6, 10, 60, true],
    [5.9999, 10, 60, false],
    [0, 0, 60, true],
    [13, 20, 65, true],
    [12.9998, 20, 65, false],
  ])('%s of %s at %s %% → %s', (scored, max, percent, expected) => {
    expect(bandMastered({ cefr: 'A1', scored, max }, percent)).toBe(expected);
  });
});

describe('bandPercentOf', () => {
  it.each([
    [2, 3, 66.6],
    [1, 3, 33.3],
    [0, 0, 0],
    [4, 4, 100],
  ])('%s of %s → %s %%', (scored, max, expected) => {
    expect(bandPercentOf({ cefr: 'A1', scored, max })).toBe(expected);
  });
});

describe('inBandOrder', () => {
  it('groups by band in the programme order and keeps the draw’s order within a band', () => {
    const qs = [
      { id: 'b1-x', category: 'B1' },
      { id: 'a1-x', category: 'A1' },
      { id: 'a2-x', category: 'A2' },
      { id: 'a1-y', category: 'A1' },
      { id: 'other', category: '' },
      { id: 'b1-y', category: 'B1' },
    ];
    expect(inBandOrder(qs, ['A1', 'A2', 'B1']).map((q) => q.id)).toEqual(['a1-x', 'a1-y', 'a2-x', 'b1-x', 'b1-y']);
  });
});

describe('canSubmitPlacement', () => {
  const deadlineAt = new Date('2026-12-02T10:30:00Z');
  const at = (s: number) => new Date(deadlineAt.getTime() + s * 1000);
  it.each([
    ['before the deadline', null, -60, { ok: true }],
    ['within the grace', null, 10, { ok: true }],
    ['after the grace', null, 11, { ok: false, reason: 'timeUp' }],
    ['sent twice', at(-100), -50, { ok: false, reason: 'alreadySubmitted' }],
    ['sent twice, late', at(-100), 500, { ok: false, reason: 'alreadySubmitted' }],
  ])('%s', (_name, submittedAt, offset, expected) => {
    expect(canSubmitPlacement({ submittedAt, deadlineAt }, at(offset))).toEqual(expected);
  });
});
