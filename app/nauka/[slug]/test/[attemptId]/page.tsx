import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { attemptForTaking } from '@/lib/learning/final-test/attempts';
import { courseAccess } from '@/lib/learning/access';
import { messages } from '@/lib/i18n';
import { TestForm } from '@/components/learning/test-form';
import { Markdown } from '@/components/learning/markdown';
import { renderedParts } from '@/components/learning/test/rendered-parts';
import { formatPoints } from '@/lib/learning/final-test/answer-text';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).learning.testTitle };
}
export const dynamic = 'force-dynamic';

export default async function AttemptPage({ params }: { params: Promise<{ slug: string; attemptId: string }> }) {
  const locale = await currentLocale();
  const { slug, attemptId } = pageParams(await params);
  const user = await requirePermission('learning:study-own', `/nauka/${slug}/test/${attemptId}`);
  const t = messages(locale).learning;
  const taking = await attemptForTaking(user.id, slug, attemptId);
  if (!taking) notFound();
  const { attempt, questions, expired } = taking;
  if (attempt.submittedAt) redirect(`/nauka/${slug}/test/${attemptId}/wynik`);
  // The test page lists it as expired and offers the next attempt.
  if (expired) redirect(`/nauka/${slug}/test`);
  const access = await courseAccess(user.id, slug);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-1">
        <p className="text-sm font-semibold text-brand-700" data-course-content>
          {access.kind !== 'no-course' ? access.course.title : ''}
        </p>
        <h1 className="h1">
          {t.testTitle} — {t.attemptN(attempt.number)}
        </h1>
      </div>
      <TestForm
        attemptId={attempt.id}
        questions={questions.map((q) => ({
          ...q,
          ...renderedParts(q),
          body: <Markdown source={q.text} />,
          pointsLabel: formatPoints(q.points, locale),
        }))}
        deadline={attempt.deadlineAt?.toISOString() ?? null}
      />
    </div>
  );
}
