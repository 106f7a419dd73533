import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { coursePreview } from '@/lib/learning/editing/course-preview';
import { CourseOutline } from '@/components/learning/course-outline';
import { PreviewBanner } from '@/components/learning/panel/preview-banner';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.courses.preview.title) };
}

/** The learner's course home (app/nauka/[slug]/page.tsx) for staff, without an enrolment. */
export default async function CoursePreview({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  await requirePermission('panel:courses', `/panel/kursy/${id}/podglad`);
  const preview = await coursePreview(id);
  if (!preview) notFound();
  const { course, outline } = preview;
  const m = messages(locale);
  const t = m.learning;
  const base = `/panel/kursy/${id}/podglad`;
  const first = outline.lessons[0];
  return (
    <div className="space-y-6">
      <PreviewBanner courseId={id} />
      <h1 className="h1 break-words">{course.title}</h1>
      {first && (
        <div className="flex flex-wrap gap-3">
          <Link href={`${base}/lekcje/${first.id}`} className="btn-primary">
            {t.start}
          </Link>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_320px]">
        <section aria-labelledby="modules" className="card">
          <h2 id="modules" className="sr-only">
            {t.modulesHeading}
          </h2>
          {outline.total === 0 ? (
            <p>{t.noLessons}</p>
          ) : (
            <CourseOutline slug={course.slug} outline={outline} basePath={base} />
          )}
        </section>
        <aside id="test" className="card h-fit space-y-3" aria-labelledby="test-heading">
          <h2 id="test-heading" className="h2">
            {t.testTitle}
          </h2>
          <p className="text-sm text-slate-700">{t.attemptsUsed(0, course.maxAttempts)}</p>
          <p className="text-sm text-slate-700">{m.course.testPassMark(course.passMarkPercent)}</p>
          {course.timeLimitMinutes && (
            <p className="text-sm text-slate-700">{m.course.testTimeLimit(course.timeLimitMinutes)}</p>
          )}
          {course.testRequiresLessons && <p className="text-sm text-slate-700">{m.course.testAfterLessons}</p>}
          <p className="text-sm text-slate-600">{m.panel.courses.preview.testNote}</p>
        </aside>
      </div>
    </div>
  );
}
