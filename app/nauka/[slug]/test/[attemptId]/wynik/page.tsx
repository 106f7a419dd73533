import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { resultPage } from '@/lib/learning/final-test/result-page';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { ResultQuestions } from '@/components/learning/test/result-questions';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).learning.resultPageTitle };
}

export default async function ResultPage({ params }: { params: Promise<{ slug: string; attemptId: string }> }) {
  const locale = await currentLocale();
  const { slug, attemptId } = pageParams(await params);
  const user = await requirePermission('learning:study-own', `/nauka/${slug}/test/${attemptId}/wynik`);
  const t = messages(locale).learning;
  const page = await resultPage(user.id, slug, attemptId, undefined, locale);
  if (!page) notFound();
  const { attempt, course } = page;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-1">
        <p className="text-sm font-semibold">
          <Link href={`/nauka/${slug}`} className="link" data-course-content>
            {course.title}
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
            <p className="text-2xl font-bold">{page.scoreLine}</p>
            <p className="font-medium">
              {attempt.passed ? t.resultPassed(course.passMarkPercent) : t.resultFailed(course.passMarkPercent)}
            </p>
            {page.nextSteps.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {attempt.late && <p className="text-sm">{t.lateNote}</p>}
          </div>
          <div className="flex flex-wrap gap-3">
            {attempt.passed ? (
              <a href={`/nauka/${slug}/zaswiadczenie`} className="btn-primary">
                {t.downloadCertificate}
              </a>
            ) : (
              <Link href={`/nauka/${slug}/test`} className={page.canRetry ? 'btn-primary' : 'btn-secondary'}>
                {t.backToTest}
              </Link>
            )}
            <Link href={`/nauka/${slug}`} className="btn-secondary">
              {t.openCourse}
            </Link>
          </div>
          <ResultQuestions questions={page.questions} showsAnswers={page.showsAnswers} />
        </>
      )}
    </div>
  );
}
