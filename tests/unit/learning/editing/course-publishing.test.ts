import { describe, expect, it } from 'vitest';
import {
  publishingChecklist,
  publishingGaps,
  questionsDrawn,
  type PublishingFacts,
} from '@/lib/learning/editing/rules/publishing';
import { text } from '@/lib/i18n';

const facts = (over: Partial<PublishingFacts> = {}): PublishingFacts => ({
  lessons: 3,
  questions: 10,
  testQuestionCount: 10,
  rules: [],
  questionsByCategory: { '': 10 },
  ...over,
});

describe('publishing a course', () => {
  it.each([
    ['a course with lessons and enough questions', facts(), []],
    ['no lesson', facts({ lessons: 0 }), ['lessons']],
    ['fewer questions than the test draws', facts({ questions: 9 }), ['questions']],
    ['an empty course', facts({ lessons: 0, questions: 0, questionsByCategory: {} }), ['lessons', 'questions']],
    ['exactly as many questions as drawn', facts({ questions: 4, testQuestionCount: 4 }), []],
    [
      'bank rules met per category (testQuestionCount is then ignored)',
      facts({
        questions: 5,
        testQuestionCount: 50,
        rules: [
          { category: 'A', count: 2 },
          { category: 'B', count: 3 },
        ],
        questionsByCategory: { A: 2, B: 3 },
      }),
      [],
    ],
    [
      'a category with fewer questions than its rule, even when the bank as a whole is big enough',
      facts({
        questions: 20,
        rules: [
          { category: 'A', count: 2 },
          { category: 'B', count: 3 },
        ],
        questionsByCategory: { A: 18, B: 2 },
      }),
      ['category:B'],
    ],
    [
      'a rule for a category with no questions at all',
      facts({ rules: [{ category: 'Słuchanie', count: 1 }], questionsByCategory: { '': 10 } }),
      ['category:Słuchanie'],
    ],
  ])('%s', (_name, f, missing) => {
    expect(publishingGaps(f).map((g) => g.key)).toEqual(missing);
  });

  it.each([
    [facts(), 10],
    [
      facts({
        rules: [
          { category: 'A', count: 2 },
          { category: '', count: 5 },
        ],
      }),
      7,
    ],
  ])('counts the questions an attempt draws', (f, drawn) => {
    expect(questionsDrawn(f)).toBe(drawn);
  });

  it('words every condition with the current state, for the checklist and the refusal', () => {
    const items = publishingChecklist(
      facts({ lessons: 0, rules: [{ category: '', count: 12 }], questionsByCategory: { '': 10 } }),
    );
    expect(items.map((i) => text(i.label))).toEqual([
      'co najmniej jedna lekcja (jest: 0)',
      'pytania z kategorii „ogólna” (losowanych: 12, w puli: 10)',
    ]);
    expect(items.map((i) => i.ok)).toEqual([false, false]);
  });
});
