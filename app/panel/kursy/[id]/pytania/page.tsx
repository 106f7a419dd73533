import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseForEditing, questionsForEditing } from '@/lib/learning/editing/panel-queries';
import { QuestionForm } from '@/components/learning/panel/question-form';
import { DeleteForm } from '@/components/learning/panel/delete-form';
import { CourseNav } from '../course-nav';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';

export const metadata: Metadata = { title: messages().panel.pageTitle(messages().panel.courses.tabs.questions) };

export default async function Questions({ params }: { params: Promise<{ id: string }> }) {
  const { id } = pageParams(await params);
  await requirePermission('panel:courses', `/panel/kursy/${id}/pytania`);
  const [course, questions] = await Promise.all([courseForEditing(id), questionsForEditing(id)]);
  if (!course) notFound();
  const t = messages().panel.courses;
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="questions" />
      <p className="muted">
        {t.pool(questions.length, course.testQuestionCount, course.passMarkPercent)}
        {questions.length < course.testQuestionCount && t.poolSmall}
      </p>
      <ol className="space-y-3">
        {questions.map((q, i) => (
          <li key={q.id} className="card space-y-2 p-4">
            <details>
              <summary className="cursor-pointer font-medium">
                {i + 1}. {q.text}{' '}
                <span className="text-sm font-normal text-slate-600">
                  {t.questionSummary(t.questionKind[q.kind], q.options.length)}
                </span>
              </summary>
              <div className="mt-4">
                <QuestionForm courseId={id} initial={q} />
              </div>
            </details>
            <DeleteForm
              courseId={id}
              kind="question"
              id={q.id}
              label={t.deleteQuestion}
              confirmText={t.confirmDeleteQuestion}
            />
          </li>
        ))}
      </ol>
      <section aria-labelledby="new-q" className="card space-y-4">
        <h2 id="new-q" className="h2">
          {t.newQuestion}
        </h2>
        <QuestionForm
          courseId={id}
          initial={{ kind: 'SINGLE', text: '', position: questions.length + 1, options: [] }}
        />
      </section>
    </div>
  );
}
