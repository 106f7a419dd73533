// A learner's way through a programme's levels (razem §5.4–5.5): which level a passed level test
// opens, and each level's state for the zone — passed, current, locked, or skipped because the
// placement test put the learner higher. Pure: the services pass the rows.

export type LevelStep = { position: number; courseId: string };

/** The level after the one taught by `courseId`, or null (the last level, or no such level). */
export function nextLevelOf<L extends LevelStep>(levels: readonly L[], courseId: string): L | null {
  const sorted = [...levels].sort((a, b) => a.position - b.position);
  const i = sorted.findIndex((l) => l.courseId === courseId);
  return i >= 0 ? (sorted[i + 1] ?? null) : null;
}

export type LevelKind = 'passed' | 'current' | 'open' | 'locked' | 'skipped';

/**
 * Per level in order: passed (its test passed), current (the first enrolled level not passed),
 * open (enrolled, not passed, after the current one), skipped (before the first enrolled level:
 * the placement test put the learner above it), locked (not enrolled yet).
 */
export function levelKinds(levels: readonly { enrolled: boolean; passed: boolean }[]): LevelKind[] {
  const first = levels.findIndex((l) => l.enrolled);
  let current = false;
  return levels.map((l, i) => {
    if (l.enrolled && l.passed) return 'passed';
    if (l.enrolled) {
      if (current) return 'open';
      current = true;
      return 'current';
    }
    return first >= 0 && i < first ? 'skipped' : 'locked';
  });
}
