// The result page's reason for the recommended level and each band's verdict, in the visitor's words.
import { describe, expect, it } from 'vitest';
import { bandRows, whyLine } from '@/lib/language/placement/result-page';

const b = (cefr: string, scored: number, max: number) => ({ cefr, scored, max });

describe('whyLine', () => {
  it.each([
    ['the first band not mastered', [b('A1', 1, 4), b('A2', 0, 4)], 'A1', 'Na poziomie A1 masz mniej niż 60 % punktów'],
    [
      'bands mastered before it',
      [b('A1', 4, 4), b('A2', 3, 4), b('B1', 1, 4)],
      'B1',
      'Poziomy A1 i A2 masz opanowane (co najmniej 60 % punktów), a na poziomie B1 jeszcze nie',
    ],
    ['one band before it', [b('A1', 4, 4), b('A2', 2, 4)], 'A2', 'Poziom A1 masz opanowany'],
    ['every band mastered', [b('A1', 4, 4), b('C1', 3, 4)], 'C1', 'Na każdym poziomie masz co najmniej 60 % punktów'],
  ])('%s', (_name, bands, level, expected) => {
    expect(whyLine(bands, level, 60)).toContain(expected);
  });
});

describe('bandRows', () => {
  it('marks each band against the mark, floors the percent and leaves a band without questions unassessed', () => {
    expect(bandRows([b('A1', 2, 3), b('A2', 1.8, 3), b('B1', 0, 0)], 60)).toEqual([
      { cefr: 'A1', scored: 2, max: 3, percent: 66.6, verdict: 'mastered' },
      { cefr: 'A2', scored: 1.8, max: 3, percent: 60, verdict: 'mastered' },
      { cefr: 'B1', scored: 0, max: 0, percent: 0, verdict: 'notAssessed' },
    ]);
    expect(bandRows([b('A1', 1.7999, 3)], 60)[0].verdict).toBe('toLearn');
  });
});
