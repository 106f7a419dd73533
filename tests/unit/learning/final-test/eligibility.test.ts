// Whether the next attempt may start: passed, attempts used, lessons first, the wait after a fail.
import { describe, expect, it } from 'vitest';
import { nextAttemptEligibility, type EligibilityInput } from '@/lib/learning/final-test/rules/eligibility';

const T = new Date('2026-03-02T10:00:00Z');
const h = (n: number) => new Date(T.getTime() + n * 3_600_000);
const failed = (at: Date) => ({ submittedAt: at, deadlineAt: null, passed: false });
const base: EligibilityInput = {
  attempts: [],
  maxAttempts: 3,
  requiresLessons: false,
  lessonsTotal: 4,
  lessonsDone: 0,
  retakeDelayHours: 0,
  now: T,
};

describe('nextAttemptEligibility', () => {
  it.each<[string, Partial<EligibilityInput>, ReturnType<typeof nextAttemptEligibility>]>([
    ['a first attempt', {}, { ok: true }],
    ['lessons not required', { lessonsDone: 0 }, { ok: true }],
    [
      'lessons required, 3 of 4 left',
      { requiresLessons: true, lessonsDone: 1 },
      { ok: false, reason: 'lessons', remaining: 3 },
    ],
    ['lessons required and done', { requiresLessons: true, lessonsDone: 4 }, { ok: true }],
    ['passed', { attempts: [{ submittedAt: h(-1), deadlineAt: null, passed: true }] }, { ok: false, reason: 'passed' }],
    ['all attempts used', { maxAttempts: 1, attempts: [failed(h(-1))] }, { ok: false, reason: 'no-attempts' }],
    [
      'failed 1 h ago, 24 h wait',
      { retakeDelayHours: 24, attempts: [failed(h(-1))] },
      { ok: false, reason: 'wait', nextAt: h(23) },
    ],
    ['failed exactly 24 h ago', { retakeDelayHours: 24, attempts: [failed(h(-24))] }, { ok: true }],
    ['failed, no wait', { attempts: [failed(h(-0.01))] }, { ok: true }],
    [
      'an expired unsent attempt counts from its deadline',
      { retakeDelayHours: 2, attempts: [{ submittedAt: null, deadlineAt: h(-1), passed: null }] },
      { ok: false, reason: 'wait', nextAt: h(1) },
    ],
  ])('%s', (_name, input, expected) => {
    expect(nextAttemptEligibility({ ...base, ...input })).toEqual(expected);
  });
});
