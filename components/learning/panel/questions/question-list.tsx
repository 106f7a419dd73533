// The questions of a course in their order: a summary line, the move buttons, the editor folded
// away under the summary, and delete.
import { QuestionForm, type MediaChoice } from '@/components/learning/panel/question-form';
import { DeleteForm } from '@/components/learning/panel/delete-form';
import type { QuestionPage } from '@/lib/learning/editing/question-page';
import { messages } from '@/lib/i18n';
import { MoveButtons } from '@/components/learning/panel/move-buttons';
import { moveQuestion } from '@/lib/actions/learning/move-question';
import { currentLocale } from '@/lib/locale/current';

export async function QuestionList({
  courseId,
  questions,
  categories,
  media,
}: {
  courseId: string;
  questions: QuestionPage['questions'];
  categories: string[];
  media: MediaChoice[];
}) {
  const locale = await currentLocale();
  const m = messages(locale).panel.courses;
  const t = m.questionEditor;
  if (questions.length === 0) return <p className="muted">{t.empty}</p>;
  return (
    <ol className="space-y-3" aria-label={t.list}>
      {questions.map((q, i) => (
        <li key={q.id} className="card space-y-2 p-4" data-testid="question-item">
          <div className="flex items-start gap-3">
            <MoveButtons
              action={moveQuestion}
              fields={{ courseId, id: q.id }}
              upLabel={t.moveQuestionUp(i + 1)}
              downLabel={t.moveQuestionDown(i + 1)}
              first={i === 0}
              last={i === questions.length - 1}
            />
            <details className="min-w-0 flex-1">
              <summary className="cursor-pointer font-medium break-words">
                {i + 1}. {q.text}{' '}
                <span className="text-sm font-normal text-slate-600">
                  ({t.summary(m.questionKind[q.kind], q.points, q.category)}
                  {q.hasMedia && t.withMedia})
                </span>
              </summary>
              <div className="mt-4">
                <QuestionForm courseId={courseId} initial={q.draft} categories={categories} media={media} />
              </div>
            </details>
          </div>
          <DeleteForm
            courseId={courseId}
            kind="question"
            id={q.id}
            label={m.deleteQuestion}
            confirmText={m.confirmDeleteQuestion}
          />
        </li>
      ))}
    </ol>
  );
}
