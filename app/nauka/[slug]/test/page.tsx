import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { testHomePage } from '@/lib/learning/final-test/test-page';
import { formatPercent } from '@/lib/format/percent';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { AccessGate } from '@/components/learning/access-gate';
import { StartAttemptForm } from '@/components/learning/start-attempt-form';
import { Notice } from '@/components/forms/notice';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).learning.testTitle };
}

export default async function TestHome({ params }: { params: Promise<{ slug: string }> }) {
  const locale = await currentLocale();
  const { slug } = pageParams(await params);
  const user = await requirePermission('learning:study-own', `/nauka/${slug}/test`);
  const t = messages(locale).learning;
  const page = await testHomePage(user.id, slug, undefined, locale);
  if (page.access.kind === 'no-course') notFound();
  if (page.kind === 'gate') return <AccessGate access={page.access} />;
  const { course, status: s } = page;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-1">
        <p className="text-sm font-semibold">
          <Link href={`/nauka/${slug}`} className="link" data-course-content>
            {course.title}
          </Link>
        </p>
        <h1 className="h1">{t.testTitle}</h1>
      </div>
      <section aria-labelledby="rules" className="card space-y-3">
        <h2 id="rules" className="h2">
          {messages(locale).quiz.rulesHeading}
        </h2>
        <ul className="list-disc space-y-1 pl-5" data-testid="test-rules">
          {page.rules.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="text-sm text-slate-700">{t.attemptsUsed(s.attempts.length, course.maxAttempts)}</p>
        {s.best !== null && <p className="font-semibold">{t.bestScore(formatPercent(s.best, locale))}</p>}
        {s.passed ? (
          <div className="space-y-3">
            <Notice tone="success" className="font-medium">
              {t.alreadyPassed}
            </Notice>
            <a href={`/nauka/${slug}/zaswiadczenie`} className="btn-primary">
              {t.downloadCertificate}
            </a>
          </div>
        ) : s.open ? (
          <StartAttemptForm slug={slug} label={t.resumeTest} />
        ) : page.canStart ? (
          <StartAttemptForm slug={slug} label={s.attempts.length ? t.startNextAttempt : t.startTest} />
        ) : page.lock ? (
          <div className="space-y-3">
            <Notice tone="warning" role="status" data-testid="test-locked">
              {page.lock}
            </Notice>
            <Link href={`/nauka/${slug}`} className="btn-secondary">
              {messages(locale).quiz.toLessons}
            </Link>
          </div>
        ) : (
          <Notice tone="warning" role="status">
            {t.noAttemptsLeft}
          </Notice>
        )}
      </section>
      {s.attempts.length > 0 && (
        <section aria-labelledby="attempts" className="card space-y-3">
          <h2 id="attempts" className="h2">
            {t.attemptsHeading}
          </h2>
          <ul className="divide-y divide-slate-100">
            {s.attempts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {t.attemptN(a.number)} · {formatDateTime(a.startedAt, locale)}
                </span>
                {a.submittedAt ? (
                  <Link href={`/nauka/${slug}/test/${a.id}/wynik`} className="link">
                    {formatPercent(a.percent ?? 0, locale)} — {a.passed ? t.passed : t.seeResult}
                  </Link>
                ) : (
                  <span className="text-sm text-slate-600">{s.open?.id === a.id ? t.inProgress : t.expired}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
