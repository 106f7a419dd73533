// The language school's level path on the learner's home: each level of the programme with its
// state (passed, current, …) and lessons, plus the current level and the next one to reach.
// Pure: the level states come from the school's own rule (lib/language/rules/levels.ts).
import { levelKinds, type LevelKind } from '@/lib/language/rules/levels';

/** `courseId`: the level's course, matched with the learner's courses. */
export type PathLevelInput = { cefr: string; title: string; courseId: string };
export type CourseFacts = { courseId: string; enrolled: boolean; passed: boolean; done: number; total: number };
export type PathLevel = PathLevelInput & { kind: LevelKind; done: number; total: number };
export type LevelPath = { levels: PathLevel[]; passed: number; current: PathLevel | null; next: PathLevel | null };

export function levelPath(levels: readonly PathLevelInput[], courses: readonly CourseFacts[]): LevelPath {
  const byCourse = new Map(courses.map((c) => [c.courseId, c]));
  const kinds = levelKinds(
    levels.map((l) => {
      const c = byCourse.get(l.courseId);
      return { enrolled: Boolean(c?.enrolled), passed: Boolean(c?.enrolled && c.passed) };
    }),
  );
  const out = levels.map((l, i): PathLevel => {
    const c = byCourse.get(l.courseId);
    return { ...l, kind: kinds[i]!, done: c?.done ?? 0, total: c?.total ?? 0 };
  });
  const currentAt = out.findIndex((l) => l.kind === 'current');
  const lastPassed = out.findLastIndex((l) => l.kind === 'passed');
  const nextAt = currentAt >= 0 ? currentAt + 1 : lastPassed + 1;
  return {
    levels: out,
    passed: out.filter((l) => l.kind === 'passed').length,
    current: currentAt >= 0 ? out[currentAt]! : null,
    next: out[nextAt] ?? null,
  };
}
