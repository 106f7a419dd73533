import { describe, expect, it } from 'vitest';
import { levelPath, type CourseFacts } from '@/lib/learning/dashboard/rules/level-path';

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1'].map((cefr) => ({
  cefr,
  title: `Poziom ${cefr}`,
  courseId: cefr.toLowerCase(),
}));
const course = (courseId: string, passed: boolean, done = 0, total = 10): CourseFacts => ({
  courseId,
  enrolled: true,
  passed,
  done,
  total,
});

describe('levelPath', () => {
  it.each([
    ['not enrolled anywhere', [], 'locked,locked,locked,locked,locked', 0, null, 'A1'],
    [
      'A1 passed, studying A2',
      [course('a1', true, 10), course('a2', false, 4)],
      'passed,current,locked,locked,locked',
      1,
      'A2',
      'B1',
    ],
    ['placed at B1 by the test', [course('b1', false, 2)], 'skipped,skipped,current,locked,locked', 0, 'B1', 'B2'],
    ['A1 passed, A2 not opened yet', [course('a1', true, 10)], 'passed,locked,locked,locked,locked', 1, null, 'A2'],
    [
      'every level passed',
      LEVELS.map((l) => course(l.courseId, true)),
      'passed,passed,passed,passed,passed',
      5,
      null,
      null,
    ],
  ])('%s', (_, courses, kinds, passed, current, next) => {
    const path = levelPath(LEVELS, courses);
    expect(path.levels.map((l) => l.kind).join(',')).toBe(kinds);
    expect(path.passed).toBe(passed);
    expect(path.current?.cefr ?? null).toBe(current);
    expect(path.next?.cefr ?? null).toBe(next);
  });

  it('carries the lessons done of each level', () => {
    const path = levelPath(LEVELS, [course('a1', true, 10, 10), course('a2', false, 4, 12)]);
    expect(path.levels.slice(0, 3).map((l) => [l.done, l.total])).toEqual([
      [10, 10],
      [4, 12],
      [0, 0],
    ]);
  });

  it('does not count a passed test of a course the learner no longer holds', () => {
    const path = levelPath(LEVELS, [{ courseId: 'a1', enrolled: false, passed: true, done: 3, total: 10 }]);
    expect(path.levels[0]!.kind).toBe('locked');
  });
});
