// The questions of a scored attempt: points per question, what the learner answered and, only
// in a course that shows answers, the correct one.
import { messages } from '@/lib/i18n';
import { Markdown } from '@/components/learning/markdown';
import { currentLocale } from '@/lib/locale/current';

type Row = {
  id: string;
  kind: string;
  text: string;
  correct: boolean;
  partly: boolean;
  pointsLine: string;
  given: string[];
  expected: string[] | null;
};

export async function ResultQuestions({ questions, showsAnswers }: { questions: Row[]; showsAnswers: boolean }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.learning;
  return (
    <section aria-labelledby="answers" className="space-y-3">
      <h2 id="answers" className="h2">
        {t.answersHeading}
      </h2>
      {!showsAnswers && <p className="text-sm text-slate-700">{m.quiz.noKeyNote}</p>}
      <ol className="space-y-3">
        {questions.map((q, i) => {
          const tone = q.correct ? 'green' : q.partly ? 'amber' : 'red';
          const verdict = q.correct ? t.answerRight : q.partly ? m.quiz.answerPartly : t.answerWrong;
          return (
            <li
              key={q.id}
              className={`card space-y-2 border-l-4 ${tone === 'green' ? 'border-l-green-700' : tone === 'amber' ? 'border-l-amber-600' : 'border-l-red-700'}`}
              data-testid="result-question"
            >
              <p className="flex flex-wrap justify-between gap-2 text-sm font-semibold">
                <span>
                  {i + 1}.{' '}
                  <span
                    className={
                      tone === 'green' ? 'text-green-800' : tone === 'amber' ? 'text-amber-800' : 'text-red-800'
                    }
                  >
                    {verdict}
                  </span>
                </span>
                <span>{q.pointsLine}</span>
              </p>
              <div className="font-medium" data-course-content>
                <Markdown source={q.text.replace(/\[\[(\d{1,2})\]\]/g, '(…$1)')} />
              </div>
              <div className="text-sm text-slate-700">
                <p>{t.yourAnswer}</p>
                {q.given.length ? (
                  <ul className={q.kind === 'ORDERING' ? 'pl-5' : 'list-disc pl-5'}>
                    {q.given.map((g, j) => (
                      <li key={j} data-course-content>
                        {g}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="pl-5">{t.noAnswer}</p>
                )}
              </div>
              {q.expected && (
                <div className="text-sm text-slate-800" data-testid="correct-answer">
                  <p className="font-semibold">{m.quiz.correctAnswer}</p>
                  <ul className={q.kind === 'ORDERING' ? 'pl-5' : 'list-disc pl-5'}>
                    {q.expected.map((e, j) => (
                      <li key={j}>{e}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
