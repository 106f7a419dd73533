// Loads what the publishing rule needs and enforces it inside the caller's transaction: saving a
// course as published, or removing a lesson or question from a published course, is refused while
// the rule (rules/publishing.ts) finds something missing.
import { db, type Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { text } from '@/lib/i18n';
import { publishingChecklist, publishingGaps, type PublishingFacts } from './rules/publishing';

export async function publishingFacts(tx: Tx, courseId: string): Promise<PublishingFacts> {
  // One after another: inside a transaction the queries share one connection anyway.
  const course = await tx.course.findUnique({ where: { id: courseId }, select: { testQuestionCount: true } });
  const lessons = await tx.lesson.count({ where: { module: { courseId } } });
  const byCategory = await tx.question.groupBy({ by: ['category'], where: { courseId }, _count: { _all: true } });
  const rules = await tx.testBankRule.findMany({ where: { courseId }, select: { category: true, count: true } });
  const questionsByCategory = Object.fromEntries(byCategory.map((g) => [g.category, g._count._all]));
  return {
    lessons,
    questions: byCategory.reduce((sum, g) => sum + g._count._all, 0),
    testQuestionCount: course?.testQuestionCount ?? 0,
    rules,
    questionsByCategory,
  };
}

/** The checklist "Gotowość do publikacji" of one course, for the panel. */
export async function publishingReadiness(tx: Tx, courseId: string) {
  return publishingChecklist(await publishingFacts(tx, courseId));
}

/**
 * Refuses (with the missing items beside the "published" checkbox) when a course that is, or is
 * about to be, published lacks something. Call it after the change, in the same transaction, so a
 * refusal rolls the change back.
 */
export async function assertPublishable(tx: Tx, courseId: string, field = 'published'): Promise<void> {
  const gaps = publishingGaps(await publishingFacts(tx, courseId));
  if (gaps.length === 0) return;
  const missing = gaps.map((g) => text(g.label)).join('; ');
  throw new UserError(
    { code: 'learning.editing.notPublishable', params: [missing] },
    {
      [field]: { code: 'learning.editing.notPublishable', params: [missing] },
    },
  );
}

/**
 * The same check for a change to a course that is already on sale (deleting a lesson or question,
 * editing a question or the draw rules). With `before` (the facts read before the change), only a
 * gap the change opened is refused: a course already short of something may still be edited.
 */
export async function assertStillPublishable(tx: Tx, courseId: string, before?: PublishingFacts | null): Promise<void> {
  if (before === null) return; // factsIfPublished: the course is not on sale
  const course = await tx.course.findUnique({ where: { id: courseId }, select: { published: true } });
  if (!course?.published) return;
  const known = new Set(before ? publishingGaps(before).map((g) => g.key) : []);
  const gaps = publishingGaps(await publishingFacts(tx, courseId)).filter((g) => !known.has(g.key));
  if (gaps.length === 0) return;
  throw new UserError({
    code: 'learning.editing.wouldBreakPublished',
    params: [gaps.map((g) => text(g.label)).join('; ')],
  });
}

/** The facts before a change, read only for a course on sale (null otherwise: nothing to keep). */
export async function factsIfPublished(tx: Tx, courseId: string): Promise<PublishingFacts | null> {
  const course = await tx.course.findUnique({ where: { id: courseId }, select: { published: true } });
  return course?.published ? publishingFacts(tx, courseId) : null;
}

/** The checklist for the course page in the panel (outside any transaction). */
export function courseReadiness(courseId: string) {
  return publishingReadiness(db(), courseId);
}
