// The roster's rule, pure: a learner's current level is the furthest level they are enrolled in
// (a passed level test opens the next one), else the level they signed up for; rows are grouped
// under each level in the programme's order, by name within a level.

export type RosterFacts = {
  userId: string;
  name: string;
  email: string | null;
  startCefr: string;
  contract: { number: string; status: string } | null;
  /** Level positions the learner is enrolled in, with lessons done in each. */
  enrolments: { position: number; lessonsDone: number }[];
  lastTest: { cefr: string; percent: number; passed: boolean; at: Date } | null;
};
export type RosterLevel = { position: number; cefr: string; title: string; lessons: number };
export type RosterRow = Omit<RosterFacts, 'enrolments'> & { cefr: string; lessonsDone: number; lessons: number };
export type RosterGroup = { level: RosterLevel; rows: RosterRow[] };

export function currentPosition(f: RosterFacts, levels: readonly RosterLevel[]): number | null {
  if (f.enrolments.length) return Math.max(...f.enrolments.map((e) => e.position));
  return levels.find((l) => l.cefr === f.startCefr)?.position ?? null;
}

export function groupRoster(levels: readonly RosterLevel[], facts: readonly RosterFacts[]): RosterGroup[] {
  const groups = new Map(levels.map((l) => [l.position, { level: l, rows: [] as RosterRow[] }]));
  for (const f of facts) {
    const position = currentPosition(f, levels);
    const group = position === null ? undefined : groups.get(position);
    if (!group) continue;
    const { enrolments, ...rest } = f;
    const done = enrolments.find((e) => e.position === position)?.lessonsDone ?? 0;
    group.rows.push({ ...rest, cefr: group.level.cefr, lessonsDone: done, lessons: group.level.lessons });
  }
  for (const g of groups.values()) g.rows.sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  return [...groups.values()];
}
