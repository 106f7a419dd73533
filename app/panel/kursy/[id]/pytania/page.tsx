import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseForEditing, questionsForEditing } from '@/lib/learning/editing/panel-queries';
import { QuestionForm } from '@/components/learning/panel/question-form';
import { DeleteForm } from '@/components/learning/panel/delete-form';
import { CourseNav } from '../course-nav';

export const metadata: Metadata = { title: 'Pytania testu — panel' };

export default async function Questions({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('panel:courses', `/panel/kursy/${id}/pytania`);
  const [course, questions] = await Promise.all([courseForEditing(id), questionsForEditing(id)]);
  if (!course) notFound();
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="questions" />
      <p className="muted">
        Pula: {questions.length} pytań. Każde podejście losuje {course.testQuestionCount}; próg zaliczenia{' '}
        {course.passMarkPercent} %.
        {questions.length < course.testQuestionCount &&
          ' Pula jest mniejsza niż liczba losowanych pytań — test pokaże wszystkie.'}
      </p>
      <ol className="space-y-3">
        {questions.map((q, i) => (
          <li key={q.id} className="card space-y-2 p-4">
            <details>
              <summary className="cursor-pointer font-medium">
                {i + 1}. {q.text}{' '}
                <span className="text-sm font-normal text-slate-600">
                  ({q.kind === 'MULTIPLE' ? 'wielokrotny' : 'jednokrotny'} wybór, {q.options.length} odp.)
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
              label="Usuń pytanie"
              confirmText="Usunąć to pytanie z puli?"
            />
          </li>
        ))}
      </ol>
      <section aria-labelledby="new-q" className="card space-y-4">
        <h2 id="new-q" className="h2">
          Nowe pytanie
        </h2>
        <QuestionForm
          courseId={id}
          initial={{ kind: 'SINGLE', text: '', position: questions.length + 1, options: [] }}
        />
      </section>
    </div>
  );
}
