// The course's test: its question banks and what an attempt draws, the questions in order with
// their editors, and a new question of any kind.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { questionPage } from '@/lib/learning/editing/question-page';
import { emptyDraft } from '@/lib/learning/editing/question-draft';
import { QuestionForm } from '@/components/learning/panel/question-form';
import { QuestionList } from '@/components/learning/panel/questions/question-list';
import { BankRulesForm } from '@/components/learning/panel/questions/bank-rules-form';
import { CourseNav } from '../course-nav';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.courses.tabs.questions) };
}

export default async function Questions({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  await requirePermission('panel:courses', `/panel/kursy/${id}/pytania`);
  const page = await questionPage(id);
  if (!page) notFound();
  const { course, questions, overview, categories, media } = page;
  const t = messages(locale).panel.courses;
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="questions" />
      <p className="muted">
        {t.pool(questions.length, overview.draws, course.passMarkPercent)}
        {questions.length < overview.draws && t.poolSmall}{' '}
        <Link href={`/panel/kursy/${id}/pliki`} className="link">
          {t.questionEditor.filesLink}
        </Link>
      </p>
      <section aria-labelledby="banks" className="card space-y-3">
        <h2 id="banks" className="h2">
          {t.banks.title}
        </h2>
        <p className="text-sm text-slate-700">{t.banks.intro}</p>
        <p className="font-medium" data-testid="draws">
          {t.banks.draws(overview.draws)} {overview.hasRules ? t.banks.drawsByRules : t.banks.drawsByCourse}
        </p>
        {overview.categories.length === 0 ? (
          <p className="muted">{t.banks.noCategories}</p>
        ) : (
          <BankRulesForm courseId={id} categories={overview.categories} />
        )}
      </section>
      <QuestionList courseId={id} questions={questions} categories={categories} media={media} />
      <section aria-labelledby="new-q" className="card space-y-4">
        <h2 id="new-q" className="h2">
          {t.newQuestion}
        </h2>
        <QuestionForm courseId={id} initial={emptyDraft()} categories={categories} media={media} />
      </section>
    </div>
  );
}
