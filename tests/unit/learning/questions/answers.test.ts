// The submitted form read into answers: one field scheme per kind, empty fields left out.
import { describe, expect, it } from 'vitest';
import { answerField, isAnswered, parseAnswers } from '@/lib/learning/questions/answers';
import { takingQuestion } from '@/lib/learning/questions/taking';
import { allRows, rows } from './fixtures';

const shown = allRows.map((r) => takingQuestion(r, 'seed'));

function form(fields: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
}

describe('parseAnswers', () => {
  it('reads every kind from its fields', () => {
    const f = form([
      ['attemptId', 'a1'],
      [answerField.main('qs'), 'b'],
      [answerField.main('qm'), 'a'],
      [answerField.main('qm'), 'c'],
      [answerField.main('qb'), 'false'],
      [answerField.main('qt'), 'wierzchołek'],
      [answerField.gap('qg', 0), 'rosnąca'],
      [answerField.gap('qg', 1), ''],
      [answerField.pair('qp', 'L1aa'), 'R1aa'],
      [answerField.pair('qp', 'L2bb'), ''],
      [answerField.order('qo'), 'I1aa,I2bb,I3cc,I4dd'],
      [answerField.main('qx'), '3,5'],
      ['q.obce', 'x'],
    ]);
    expect(parseAnswers(f, shown)).toEqual({
      qs: { kind: 'choice', optionIds: ['b'] },
      qm: { kind: 'choice', optionIds: ['a', 'c'] },
      qb: { kind: 'bool', value: false },
      qt: { kind: 'text', value: 'wierzchołek' },
      qg: { kind: 'gaps', values: ['rosnąca', ''] },
      qp: { kind: 'pairs', map: { L1aa: 'R1aa' } },
      qo: { kind: 'order', ids: ['I1aa', 'I2bb', 'I3cc', 'I4dd'] },
      qx: { kind: 'text', value: '3,5' },
    });
  });

  it('reads the action’s parsed object the same way as FormData', () => {
    const input = { [answerField.main('qm')]: ['a', 'd'], [answerField.main('qs')]: 'c' };
    expect(parseAnswers(input, shown)).toEqual({
      qm: { kind: 'choice', optionIds: ['a', 'd'] },
      qs: { kind: 'choice', optionIds: ['c'] },
    });
  });

  it.each<[string, [string, string][]]>([
    ['nothing', []],
    ['blank text', [[answerField.main('qt'), '   ']]],
    ['blank gaps', [[answerField.gap('qg', 0), '']]],
    ['a true/false value other than true/false', [[answerField.main('qb'), 'maybe']]],
    ['an untouched ordering', [[answerField.order('qo'), '']]],
    ['matching with every select on "choose"', [[answerField.pair('qp', 'L1aa'), '']]],
  ])('leaves out %s', (_name, fields) => {
    expect(parseAnswers(form(fields), shown)).toEqual({});
  });

  it('tells answered questions from unanswered ones', () => {
    const g = shown.find((q) => q.id === rows.gaps.id)!;
    expect(isAnswered(g, form([[answerField.gap('qg', 1), '-0,5']]))).toBe(true);
    expect(isAnswered(g, form([[answerField.gap('qg', 1), '']]))).toBe(false);
  });
});
