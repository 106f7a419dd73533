// Each question kind's scoring: weights, partial credit where allowed, typed-text matching and tampering.
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '@/lib/learning/questions/config';
import { scoreQuestion, TamperedAnswerError } from '@/lib/learning/questions/scoring';
import { rows } from './fixtures';

const choice = (...optionIds: string[]): AnswerValue => ({ kind: 'choice', optionIds });
const text = (value: string): AnswerValue => ({ kind: 'text', value });
const gaps = (...values: string[]): AnswerValue => ({ kind: 'gaps', values });
const pairs = (map: Record<string, string>): AnswerValue => ({ kind: 'pairs', map });
const order = (...ids: string[]): AnswerValue => ({ kind: 'order', ids });

describe('scoreQuestion', () => {
  it.each<[string, keyof typeof rows, AnswerValue | undefined, number, boolean]>([
    ['single right', 'single', choice('b'), 1, true],
    ['single wrong', 'single', choice('a'), 0, false],
    ['single unanswered', 'single', undefined, 0, false],
    ['multiple exact', 'multi', choice('d', 'c', 'a'), 3, true],
    ['multiple partial 2 of 3', 'multi', choice('a', 'c'), 2, false],
    ['multiple partial minus a wrong one', 'multi', choice('a', 'b', 'c'), 1, false],
    ['multiple floored at 0', 'multi', choice('a', 'b'), 0, false],
    ['multiple repeated id counted once', 'multi', choice('a', 'a', 'c', 'd'), 3, true],
    ['multiple without partial credit: all or nothing', 'multiStrict', choice('a'), 0, false],
    ['multiple without partial credit: exact', 'multiStrict', choice('a', 'c'), 2, true],
    ['true/false right', 'bool', { kind: 'bool', value: false }, 1, true],
    ['true/false wrong', 'bool', { kind: 'bool', value: true }, 0, false],
    ['short answer exact', 'short', text('wierzchołek'), 2, true],
    ['short answer without diacritics, other case', 'short', text('  WIERZCHOLEK '), 2, true],
    ['short answer second accepted', 'short', text('Wierzchołek  paraboli'), 2, true],
    ['short answer wrong', 'short', text('ramię'), 0, false],
    ['gap fill both gaps', 'gaps', gaps('rosnąca', ' -1/2 '), 2, true],
    ['gap fill one gap of two', 'gaps', gaps('malejąca', '-0,5'), 1, false],
    ['gap fill first gap only', 'gaps', gaps('rosnąca'), 1, false],
    ['matching all pairs', 'match', pairs({ L1aa: 'R1aa', L2bb: 'R2bb', L3cc: 'R3cc' }), 3, true],
    [
      'matching two pairs, one on the distractor',
      'match',
      pairs({ L1aa: 'R1aa', L2bb: 'D1dd', L3cc: 'R3cc' }),
      2,
      false,
    ],
    ['matching one pair', 'match', pairs({ L1aa: 'R2bb', L2bb: 'R2bb' }), 1, false],
    ['ordering right', 'order', order('I1aa', 'I2bb', 'I3cc', 'I4dd'), 4, true],
    ['ordering two in place', 'order', order('I1aa', 'I3cc', 'I2bb', 'I4dd'), 2, false],
    ['ordering none in place', 'order', order('I4dd', 'I3cc', 'I2bb', 'I1aa'), 0, false],
    ['numeric with a comma', 'numeric', text('3,5'), 2, true],
    ['numeric within tolerance', 'numeric', text('3.54'), 2, true],
    ['numeric on the tolerance edge', 'numeric', text('3,45'), 2, true],
    ['numeric outside tolerance', 'numeric', text('3.56'), 0, false],
    ['numeric not a number', 'numeric', text('3,5,1'), 0, false],
  ])('%s', (_name, row, answer, points, correct) => {
    const r = scoreQuestion(rows[row], answer);
    expect(r.points).toBeCloseTo(points, 4);
    expect(r.correct).toBe(correct);
    expect(r.max).toBe(rows[row].points);
  });

  it('gives a third of the points per matched pair exactly', () => {
    const r = scoreQuestion({ ...rows.match, points: 1 }, pairs({ L1aa: 'R1aa' }));
    expect(r.points).toBe(0.3333);
  });

  it('marks what was left unanswered', () => {
    expect(scoreQuestion(rows.gaps, gaps('', ' ')).answered).toBe(false);
    expect(scoreQuestion(rows.short, text('  ')).answered).toBe(false);
    expect(scoreQuestion(rows.multi, choice()).answered).toBe(false);
    expect(scoreQuestion(rows.numeric, text('x')).answered).toBe(true);
  });

  it.each<[string, keyof typeof rows, AnswerValue]>([
    ['an option of another question', 'single', choice('zz')],
    ['two options for single choice', 'single', choice('a', 'b')],
    ['a choice for a true/false question', 'bool', choice('a')],
    ['text for a gap fill', 'gaps', text('rosnąca')],
    ['a drop-down value not offered', 'gaps', gaps('liniowa', '')],
    ['more gaps than the text has', 'gaps', gaps('rosnąca', '1', '2')],
    ['a left item not shown', 'match', pairs({ Lxxx: 'R1aa' })],
    ['a right item not shown', 'match', pairs({ L1aa: 'Rxxx' })],
    ['an order missing an item', 'order', order('I1aa', 'I2bb', 'I3cc')],
    ['an order with a repeated item', 'order', order('I1aa', 'I1aa', 'I3cc', 'I4dd')],
    ['an order with a foreign item', 'order', order('I1aa', 'I2bb', 'I3cc', 'Ixxx')],
    ['an order for a numeric question', 'numeric', order('I1aa')],
  ])('rejects %s as tampering', (_name, row, answer) => {
    expect(() => scoreQuestion(rows[row], answer)).toThrow(TamperedAnswerError);
  });
});
