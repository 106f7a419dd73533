import { describe, expect, it } from 'vitest';
import { levelKinds, nextLevelOf } from '@/lib/language/rules/levels';

const levels = [
  { position: 3, courseId: 'b1', cefr: 'B1' },
  { position: 1, courseId: 'a1', cefr: 'A1' },
  { position: 2, courseId: 'a2', cefr: 'A2' },
];

describe('nextLevelOf', () => {
  it.each([
    ['a1', 'A2'],
    ['a2', 'B1'],
    ['b1', null],
    ['not-a-level', null],
  ])('after %s comes %s (by position, whatever the order given)', (courseId, cefr) => {
    expect(nextLevelOf(levels, courseId)?.cefr ?? null).toBe(cefr);
  });
});

describe('levelKinds', () => {
  const e = (enrolled: boolean, passed = false) => ({ enrolled, passed });
  it.each([
    ['a new learner at A1', [e(true), e(false), e(false)], ['current', 'locked', 'locked']],
    ['A1 passed, A2 opened', [e(true, true), e(true), e(false)], ['passed', 'current', 'locked']],
    ['placed at B1', [e(false), e(false), e(true)], ['skipped', 'skipped', 'current']],
    ['all passed', [e(true, true), e(true, true)], ['passed', 'passed']],
    ['two open levels', [e(true), e(true)], ['current', 'open']],
    ['not enrolled anywhere', [e(false), e(false)], ['locked', 'locked']],
  ])('%s', (_name, input, kinds) => {
    expect(levelKinds(input)).toEqual(kinds);
  });
});
