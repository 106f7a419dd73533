import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { lessonPreview } from '@/lib/learning/editing/course-preview';
import { neighbours } from '@/lib/learning/outline';
import { CourseOutline } from '@/components/learning/course-outline';
import { LessonContent } from '@/components/learning/lesson-content';
import { PreviewBanner } from '@/components/learning/panel/preview-banner';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { lessonVideoSource } from '@/lib/learning/streaming/lesson-video';
import { currentLocale } from '@/lib/locale/current';
import { formatPercent } from '@/lib/format/percent';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.courses.preview.title) };
}

/** The learner's lesson page (app/nauka/[slug]/lekcje/[lessonId]) for staff: same content, nothing recorded. */
export default async function LessonPreview({ params }: { params: Promise<{ id: string; lessonId: string }> }) {
  const locale = await currentLocale();
  const { id, lessonId } = pageParams(await params);
  const user = await requirePermission('panel:courses', `/panel/kursy/${id}/podglad/lekcje/${lessonId}`);
  const preview = await lessonPreview(id, lessonId);
  if (!preview) notFound();
  const { course, outline, lesson } = preview;
  const t = messages(locale).learning;
  const base = `/panel/kursy/${id}/podglad`;
  const { prev, next } = neighbours(outline, lesson.id);
  const contents = <CourseOutline slug={course.slug} outline={outline} currentLessonId={lesson.id} basePath={base} />;
  return (
    <div className="space-y-6">
      <PreviewBanner courseId={id} />
      <div className="grid gap-6 lg:grid-cols-[280px_1fr]">
        <details className="card p-4 lg:hidden">
          <summary className="cursor-pointer font-semibold">
            {t.courseContents} · {formatPercent(outline.percent, locale)}
          </summary>
          <div className="mt-3">{contents}</div>
        </details>
        <aside className="hidden lg:block">
          <div className="card sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto p-4">
            <p className="mb-3 text-sm font-semibold">
              <Link href={base} className="link">
                {course.title}
              </Link>
            </p>
            {contents}
          </div>
        </aside>
        <article className="min-w-0 space-y-6">
          <header className="space-y-1">
            <p className="text-sm font-semibold text-brand-700">
              {outline.modules.find((m) => m.id === lesson.moduleId)?.title}
            </p>
            <h1 className="h1">{lesson.title}</h1>
            <p className="text-sm text-slate-600">{t.minutes(lesson.minutes)}</p>
          </header>
          <LessonContent lesson={{ ...lesson, videoSrc: lessonVideoSource(lesson.videoMediaId, user.id) }} />
          <nav
            aria-label={t.lessonsNav}
            className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center sm:justify-between"
          >
            {prev ? (
              <Link href={`${base}/lekcje/${prev.id}`} className="btn-secondary">
                ← {t.previous}
              </Link>
            ) : (
              <span />
            )}
            {next && (
              <Link href={`${base}/lekcje/${next.id}`} className="btn-primary">
                {t.next} →
              </Link>
            )}
          </nav>
        </article>
      </div>
    </div>
  );
}
