// The demo maths course's test: every kind, valid keys, gap markers matching the gaps, bank
// rules its categories can fill, and a real PNG for the question with an image.
import { describe, expect, it } from 'vitest';
import { funkcje } from '@/lib/demo/courses/funkcje';
import { GAP_MARKER, parseQuestionConfig, QUESTION_KINDS } from '@/lib/learning/questions/config';
import { questionsDrawn } from '@/lib/learning/final-test/draw';

describe('the demo mixed test', () => {
  it('has every question kind with a config its kind accepts', () => {
    expect(new Set(funkcje.questions.map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
    for (const q of funkcje.questions) expect(() => parseQuestionConfig(q.kind, q.config), q.text).not.toThrow();
  });

  it('writes one marker per gap, numbered from 1, with a typed and a drop-down gap', () => {
    const gap = funkcje.questions.find((q) => q.kind === 'GAP_FILL')!;
    const c = parseQuestionConfig('GAP_FILL', gap.config);
    expect([...gap.text.matchAll(GAP_MARKER)].map((m) => Number(m[1]))).toEqual(c.gaps.map((_, i) => i + 1));
    expect(c.gaps.some((g) => g.choices)).toBe(true);
    expect(c.gaps.some((g) => !g.choices)).toBe(true);
  });

  it('draws from categories that hold at least the rule count, some questions worth more than 1', () => {
    for (const r of funkcje.bankRules!) {
      expect(funkcje.questions.filter((q) => q.category === r.category).length).toBeGreaterThanOrEqual(r.count);
    }
    expect(questionsDrawn(funkcje.bankRules!, 0)).toBe(9);
    expect(funkcje.questions.some((q) => (q.points ?? 1) > 1)).toBe(true);
    const matching = parseQuestionConfig('MATCHING', funkcje.questions.find((q) => q.kind === 'MATCHING')!.config);
    expect(matching.distractors.length).toBeGreaterThan(0);
    expect(
      parseQuestionConfig('MULTIPLE', funkcje.questions.find((q) => q.kind === 'MULTIPLE')!.config).partialCredit,
    ).toBe(true);
  });

  it('ships a real PNG for the question that names it', () => {
    const media = funkcje.media![0];
    expect(funkcje.questions.some((q) => q.media === media.fileName)).toBe(true);
    expect(media.data().subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('starts every question with a plain phrase no other question starts with (the e2e finds them by it)', () => {
    const heads = funkcje.questions.map((q) => q.text.split('$')[0].trim().slice(0, 30));
    expect(new Set(heads).size).toBe(heads.length);
  });
});
