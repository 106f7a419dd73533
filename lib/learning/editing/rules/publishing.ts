// Whether a course may be published (and stay on sale): it needs at least one lesson, and its test
// must have the questions it draws — per bank category when the course has draw rules
// (TestBankRule), else testQuestionCount from the whole bank. Pure: the service loads the counts.
import type { MessageCode } from '@/lib/i18n';

export type PublishingFacts = {
  lessons: number;
  /** Questions in the course's bank, all categories. */
  questions: number;
  testQuestionCount: number;
  /** The course's draw rules; empty = the test draws testQuestionCount from the whole bank. */
  rules: readonly { category: string; count: number }[];
  /** Questions per bank category ("" = the general bank). */
  questionsByCategory: Readonly<Record<string, number>>;
};

export type ReadinessItem = { key: string; ok: boolean; label: MessageCode };

/** How many questions one attempt draws. */
export function questionsDrawn(f: Pick<PublishingFacts, 'rules' | 'testQuestionCount'>): number {
  return f.rules.length > 0 ? f.rules.reduce((sum, r) => sum + r.count, 0) : f.testQuestionCount;
}

/** The checklist "Gotowość do publikacji": every condition with whether it holds, in the order shown. */
export function publishingChecklist(f: PublishingFacts): ReadinessItem[] {
  const items: ReadinessItem[] = [
    { key: 'lessons', ok: f.lessons > 0, label: { code: 'learning.editing.ready.lessons', params: [f.lessons] } },
  ];
  if (f.rules.length === 0) {
    items.push({
      key: 'questions',
      ok: f.questions >= f.testQuestionCount,
      label: { code: 'learning.editing.ready.questions', params: [f.testQuestionCount, f.questions] },
    });
    return items;
  }
  for (const r of [...f.rules].sort((a, b) => a.category.localeCompare(b.category, 'pl'))) {
    const available = f.questionsByCategory[r.category] ?? 0;
    items.push({
      key: `category:${r.category}`,
      ok: available >= r.count,
      label: { code: 'learning.editing.ready.category', params: [r.category, r.count, available] },
    });
  }
  return items;
}

/** What is missing before the course may be published; empty = it may. */
export function publishingGaps(f: PublishingFacts): ReadinessItem[] {
  return publishingChecklist(f).filter((i) => !i.ok);
}
