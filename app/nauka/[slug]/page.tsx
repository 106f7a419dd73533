import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseAccess, opensWithInstruction } from '@/lib/learning/access';
import { courseOutline, resumeLessonId } from '@/lib/learning/outline';
import { testStatus } from '@/lib/learning/final-test/attempts';
import { formatPercent } from '@/lib/format/percent';
import { formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { AccessGate } from '@/components/learning/access-gate';
import { CourseOutline } from '@/components/learning/course-outline';
import { Notice } from '@/components/forms/notice';
import { ConsultationBox } from '@/components/learning/consultation-box';
import { consultationWindow } from '@/lib/learning/consultations';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).learning.course };
}

export default async function CourseHome({ params }: { params: Promise<{ slug: string }> }) {
  const locale = await currentLocale();
  const { slug } = pageParams(await params);
  const user = await requirePermission('learning:study-own', `/nauka/${slug}`);
  const t = messages(locale).learning;
  const access = await courseAccess(user.id, slug);
  if (access.kind === 'no-course') notFound();
  if (access.kind !== 'active') return <AccessGate access={access} />;
  const { course, enrolment } = access;
  const [outline, test, consultation] = await Promise.all([
    courseOutline(course.id, enrolment.id),
    testStatus(enrolment.id, course.maxAttempts),
    consultationWindow(course.id, enrolment.startsAt),
  ]);
  const resume = resumeLessonId(outline, enrolment.lastLessonId);
  const showInstruction = opensWithInstruction(course, enrolment);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="h1" data-course-content>
          {course.title}
        </h1>
        <p className="muted">
          {enrolment.endsAt ? t.accessUntil(formatLastDay(enrolment.endsAt, locale)) : t.accessUnlimited}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        {resume && (
          <Link href={`/nauka/${slug}/kontynuuj`} className="btn-primary">
            {outline.done > 0 ? t.continue : t.start}
          </Link>
        )}
        {showInstruction && (
          <Link href={`/nauka/${slug}/instrukcja`} className="btn-secondary">
            {t.instructionTitle}
          </Link>
        )}
      </div>
      {consultation && <ConsultationBox consultation={consultation} />}
      <div className="grid gap-6 lg:grid-cols-[1fr_320px]">
        <section aria-labelledby="modules" className="card">
          <h2 id="modules" className="sr-only">
            {t.modulesHeading}
          </h2>
          {outline.total === 0 ? <p>{t.noLessons}</p> : <CourseOutline slug={slug} outline={outline} />}
        </section>
        <aside className="card h-fit space-y-3" aria-labelledby="test">
          <h2 id="test" className="h2">
            {t.testTitle}
          </h2>
          <p className="text-sm text-slate-700">{t.attemptsUsed(test.attempts.length, course.maxAttempts)}</p>
          {test.best !== null && (
            <p className="text-sm text-slate-700">{t.bestScore(formatPercent(test.best, locale))}</p>
          )}
          {test.passed ? (
            <>
              <Notice tone="success" small className="font-medium">
                {t.passed}
              </Notice>
              <a href={`/nauka/${slug}/zaswiadczenie`} className="btn-primary w-full">
                {t.downloadCertificate}
              </a>
            </>
          ) : (
            <Link href={`/nauka/${slug}/test`} className="btn-secondary w-full">
              {t.testTitle}
            </Link>
          )}
        </aside>
      </div>
    </div>
  );
}
