// Question banks of a course: its categories with their question counts and the TestBankRule rows
// saying how many questions each gives to an attempt. A course without rules draws its
// testQuestionCount from the whole bank (lib/learning/final-test draws either way).
import { assertStillPublishable, factsIfPublished } from './publishing';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { UserError, type FieldCodes } from '@/lib/errors';
import { messages } from '@/lib/i18n';

export type BankCategory = { category: string; questions: number; count: number };
export type BankOverview = { categories: BankCategory[]; hasRules: boolean; draws: number };

/** Pure: the categories (with or without questions, with or without a rule) and what an attempt draws. */
export function bankOverviewOf(
  counts: { category: string; questions: number }[],
  rules: { category: string; count: number }[],
  testQuestionCount: number,
): BankOverview {
  const byName = new Map<string, BankCategory>();
  for (const c of counts) byName.set(c.category, { category: c.category, questions: c.questions, count: 0 });
  for (const r of rules) {
    const row = byName.get(r.category) ?? { category: r.category, questions: 0, count: 0 };
    byName.set(r.category, { ...row, count: r.count });
  }
  const categories = [...byName.values()].sort((a, b) => a.category.localeCompare(b.category, 'pl'));
  const active = rules.filter((r) => r.count > 0);
  const hasRules = active.length > 0;
  return { categories, hasRules, draws: hasRules ? active.reduce((s, r) => s + r.count, 0) : testQuestionCount };
}

export async function bankOverview(courseId: string): Promise<BankOverview | null> {
  const [course, groups, rules] = await Promise.all([
    db().course.findUnique({ where: { id: courseId }, select: { testQuestionCount: true } }),
    db().question.groupBy({ by: ['category'], where: { courseId }, _count: { _all: true } }),
    db().testBankRule.findMany({ where: { courseId }, select: { category: true, count: true } }),
  ]);
  if (!course) return null;
  const counts = groups.map((g) => ({ category: g.category, questions: g._count._all }));
  return bankOverviewOf(counts, rules, course.testQuestionCount);
}

/** The form: category_0 (hidden) + count_0, category_1 + count_1, … ; an empty count is 0. */
export const bankRulesSchema = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const courseId = typeof raw.courseId === 'string' ? raw.courseId : '';
  const rows: { category: string; count: number }[] = [];
  for (let i = 0; i < 500 && typeof raw[`category_${i}`] === 'string'; i++) {
    const text = String(raw[`count_${i}`] ?? '').trim();
    const count = text === '' ? 0 : /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(count))
      ctx.addIssue({ code: 'custom', path: [`count_${i}`], message: messages().panel.courses.banks.errors.count });
    rows.push({ category: String(raw[`category_${i}`]).trim(), count });
  }
  if (!courseId) ctx.addIssue({ code: 'custom', path: ['courseId'], message: messages().errors.checkFields });
  return { courseId, rows };
});

/**
 * Replaces the course's rules in one transaction. A count over the questions its category has is
 * refused beside that row (`count_<i>`), so no rule ever promises more than the bank holds.
 */
export async function saveBankRules(courseId: string, rows: { category: string; count: number }[]) {
  await db().$transaction(async (tx) => {
    const course = await tx.course.findUnique({ where: { id: courseId }, select: { id: true } });
    if (!course) throw new UserError('learning.editing.itemGone');
    const before = await factsIfPublished(tx, courseId);
    const groups = await tx.question.groupBy({ by: ['category'], where: { courseId }, _count: { _all: true } });
    const held = new Map(groups.map((g) => [g.category, g._count._all]));
    const fields: FieldCodes = {};
    for (const [i, r] of rows.entries()) {
      const n = held.get(r.category) ?? 0;
      if (r.count > n) fields[`count_${i}`] = { code: 'panel.courses.banks.errors.tooMany', params: [n] };
    }
    if (Object.keys(fields).length) throw new UserError('errors.checkFields', fields);
    await tx.testBankRule.deleteMany({ where: { courseId } });
    // A forged form naming a category twice: the last row wins, as it would on screen.
    const keep = [...new Map(rows.filter((r) => r.count > 0).map((r) => [r.category, r])).values()];
    if (keep.length) await tx.testBankRule.createMany({ data: keep.map((r) => ({ courseId, ...r })) });
    // A course on sale keeps a test it can draw (a rule for a category it cannot fill is undone).
    await assertStillPublishable(tx, courseId, before);
  });
}

/** The categories already used in a course, for the editor's datalist. */
export async function courseCategories(courseId: string): Promise<string[]> {
  const rows = await db().question.findMany({
    where: { courseId, category: { not: '' } },
    distinct: ['category'],
    select: { category: true },
    orderBy: { category: 'asc' },
  });
  return rows.map((r) => r.category);
}
