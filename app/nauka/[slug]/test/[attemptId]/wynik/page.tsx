import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { attemptResult } from '@/lib/learning/final-test/submit-attempt';
import { courseAccess } from '@/lib/learning/access';
import { formatPercent } from '@/lib/certificates/content';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';

export const metadata: Metadata = { title: messages().learning.resultPageTitle };

export default async function ResultPage({ params }: { params: Promise<{ slug: string; attemptId: string }> }) {
  const { slug, attemptId } = pageParams(await params);
  const user = await requirePermission('learning:study-own', `/nauka/${slug}/test/${attemptId}/wynik`);
  const t = messages().learning;
  const result = await attemptResult(user.id, slug, attemptId);
  if (!result) notFound();
  const access = await courseAccess(user.id, slug);
  if (access.kind === 'no-course' || access.kind === 'none') notFound();
  const { attempt, questions } = result;
  const pass = access.course.passMarkPercent;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-1">
        <p className="text-sm font-semibold">
          <Link href={`/nauka/${slug}`} className="link">
            {access.course.title}
          </Link>
        </p>
        <h1 className="h1">{t.resultTitle(attempt.number)}</h1>
      </div>
      {!attempt.submittedAt ? (
        <p className="card">{t.notSubmitted}</p>
      ) : (
        <>
          <div
            className={`card space-y-2 ${attempt.passed ? 'border-green-300 bg-green-50' : 'border-amber-300 bg-amber-50'}`}
            role="status"
            data-testid="result"
          >
            <p className="text-2xl font-bold">
              {t.scoreLine(attempt.points ?? 0, attempt.maxPoints ?? 0, formatPercent(attempt.percent ?? 0))}
            </p>
            <p className="font-medium">{attempt.passed ? t.resultPassed(pass) : t.resultFailed(pass)}</p>
            {'late' in attempt && attempt.late && <p className="text-sm">{t.lateNote}</p>}
          </div>
          <div className="flex flex-wrap gap-3">
            {attempt.passed ? (
              <a href={`/nauka/${slug}/zaswiadczenie`} className="btn-primary">
                {t.downloadCertificate}
              </a>
            ) : (
              <Link href={`/nauka/${slug}/test`} className="btn-primary">
                {t.backToTest}
              </Link>
            )}
            <Link href={`/nauka/${slug}`} className="btn-secondary">
              {t.openCourse}
            </Link>
          </div>
          <section aria-labelledby="answers" className="space-y-3">
            <h2 id="answers" className="h2">
              {t.answersHeading}
            </h2>
            <ol className="space-y-3">
              {questions.map((q, i) => (
                <li
                  key={q.id}
                  className={`card space-y-1 border-l-4 ${q.correct ? 'border-l-green-700' : 'border-l-red-700'}`}
                >
                  <p className="text-sm font-semibold">
                    {i + 1}.{' '}
                    <span className={q.correct ? 'text-green-800' : 'text-red-800'}>
                      {q.correct ? t.answerRight : t.answerWrong}
                    </span>
                  </p>
                  <p className="font-medium">{q.text}</p>
                  <p className="text-sm text-slate-700">
                    {t.yourAnswer} {q.given.length ? q.given.join('; ') : t.noAnswer}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
