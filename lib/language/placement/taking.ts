// What the test page shows for the visitor's attempt: its questions as the browser may see them
// (no key; the same builder the final test uses), grouped by band, and its state.
import { currentTime } from '@/lib/clock/clock';
import { takingQuestionsOf } from '@/lib/learning/final-test/attempt-questions';
import type { TakingQuestion } from '@/lib/learning/questions/config';
import { db } from '@/lib/db/client';
import { canSubmitPlacement } from '@/lib/language/rules/placement';
import { placementAttemptOf, placementProgramme } from './attempt';

export type PlacementTestPage =
  | { kind: 'unavailable' }
  | {
      kind: 'intro';
      questions: number;
      bands: string[];
      minutes: number;
      bandPercent: number;
      /** The visitor's last attempt: sent (its result is there) or left until its time ran out. */
      previous: { kind: 'submitted' } | { kind: 'expired'; deadlineAt: Date } | null;
    }
  | { kind: 'open'; attemptId: string; deadlineAt: Date; bands: { cefr: string; questions: TakingQuestion[] }[] };

/** How many questions a new attempt gets, per the placement course's rules. */
async function plannedCount(courseId: string, bands: string[]): Promise<number> {
  const [rules, sizes] = await Promise.all([
    db().testBankRule.findMany({ where: { courseId }, select: { category: true, count: true } }),
    db().question.groupBy({ by: ['category'], where: { courseId }, _count: { _all: true } }),
  ]);
  const size = new Map(sizes.map((s) => [s.category, s._count._all]));
  const rule = new Map(rules.map((r) => [r.category, r.count]));
  return bands.reduce(
    (n, cefr) => n + Math.min(size.get(cefr) ?? 0, rules.length === 0 ? Infinity : (rule.get(cefr) ?? 0)),
    0,
  );
}

export async function placementTestPage(token: string | undefined, now = currentTime()): Promise<PlacementTestPage> {
  const found = await placementAttemptOf(token);
  const courseId = found?.programme.placementCourseId;
  if (found && courseId) {
    const { attempt, programme } = found;
    if (attempt.submittedAt) return introPage({ kind: 'submitted' });
    if (!canSubmitPlacement(attempt, now).ok) return introPage({ kind: 'expired', deadlineAt: attempt.deadlineAt });
    const questions = await takingQuestionsOf(courseId, {
      seed: attempt.id,
      questionIds: attempt.questionIds,
    });
    const categories = await db().question.findMany({
      where: { id: { in: attempt.questionIds } },
      select: { id: true, category: true },
    });
    const band = new Map(categories.map((c) => [c.id, c.category]));
    return {
      kind: 'open',
      attemptId: attempt.id,
      deadlineAt: attempt.deadlineAt,
      bands: programme.bands
        .map((cefr) => ({ cefr, questions: questions.filter((q) => band.get(q.id) === cefr) }))
        .filter((b) => b.questions.length > 0),
    };
  }
  return introPage(null);
}

type Previous = Extract<PlacementTestPage, { kind: 'intro' }>['previous'];

async function introPage(previous: Previous): Promise<PlacementTestPage> {
  const programme = await placementProgramme({ published: true });
  if (!programme?.placementCourseId) return { kind: 'unavailable' };
  const questions = await plannedCount(programme.placementCourseId, programme.bands);
  if (questions === 0) return { kind: 'unavailable' };
  return {
    kind: 'intro',
    questions,
    bands: programme.bands,
    minutes: programme.placementMinutes,
    bandPercent: programme.placementBandPercent,
    previous,
  };
}
