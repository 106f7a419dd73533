import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseAccess } from '@/lib/learning/access';
import { courseOutline, neighbours } from '@/lib/learning/outline';
import { lessonInCourse, rememberLastLesson } from '@/lib/learning/lessons';
import { messages } from '@/lib/i18n';
import { AccessGate } from '@/components/learning/access-gate';
import { CourseOutline } from '@/components/learning/course-outline';
import { LessonContent } from '@/components/learning/lesson-content';
import { MarkDoneForm } from '@/components/learning/mark-done-form';
import { pageParams } from '@/lib/http/ids';
import { lessonVideoSource } from '@/lib/learning/streaming/lesson-video';
import { currentLocale } from '@/lib/locale/current';
import { formatPercent } from '@/lib/format/percent';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).learning.lessonTitle };
}

export default async function LessonPage({ params }: { params: Promise<{ slug: string; lessonId: string }> }) {
  const locale = await currentLocale();
  const { slug, lessonId } = pageParams(await params);
  const user = await requirePermission('learning:study-own', `/nauka/${slug}/lekcje/${lessonId}`);
  const t = messages(locale).learning;
  const access = await courseAccess(user.id, slug);
  if (access.kind === 'no-course') notFound();
  if (access.kind !== 'active') return <AccessGate access={access} />;
  const { course, enrolment } = access;
  const [lesson, outline] = await Promise.all([
    lessonInCourse(course.id, lessonId),
    courseOutline(course.id, enrolment.id),
    // Already known from the access check: a reload of the same lesson writes nothing.
    enrolment.lastLessonId === lessonId ? null : rememberLastLesson(enrolment.id, lessonId),
  ]);
  if (!lesson) notFound();
  const { prev, next } = neighbours(outline, lesson.id);
  const done = outline.lessons.find((l) => l.id === lesson.id)?.done ?? false;
  return (
    <div className="grid gap-6 lg:grid-cols-[280px_1fr]">
      <details className="card p-4 lg:hidden">
        <summary className="cursor-pointer font-semibold">
          {t.courseContents} · {formatPercent(outline.percent, locale)}
        </summary>
        <div className="mt-3">
          <CourseOutline slug={slug} outline={outline} currentLessonId={lesson.id} />
        </div>
      </details>
      <aside className="hidden lg:block">
        <div className="card sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto p-4">
          <p className="mb-3 text-sm font-semibold">
            <Link href={`/nauka/${slug}`} className="link" data-course-content>
              {course.title}
            </Link>
          </p>
          <CourseOutline slug={slug} outline={outline} currentLessonId={lesson.id} />
        </div>
      </aside>
      <article className="min-w-0 space-y-6">
        <header className="space-y-1">
          <p className="text-sm font-semibold text-brand-700" data-course-content>
            {outline.modules.find((m) => m.id === lesson.moduleId)?.title}
          </p>
          <h1 className="h1" data-course-content>
            {lesson.title}
          </h1>
          <p className="text-sm text-slate-600">
            {t.minutes(lesson.minutes)}
            {done && (
              <span className="ml-2 rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">
                {t.lessonDone}
              </span>
            )}
          </p>
        </header>
        <LessonContent lesson={{ ...lesson, videoSrc: lessonVideoSource(lesson.videoMediaId, user.id) }} />
        <nav
          aria-label={t.lessonsNav}
          className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center sm:justify-between"
        >
          {prev ? (
            <Link href={`/nauka/${slug}/lekcje/${prev.id}`} className="btn-secondary">
              ← {t.previous}
            </Link>
          ) : (
            <span />
          )}
          <MarkDoneForm slug={slug} lessonId={lesson.id} done={done} hasNext={next !== null} />
        </nav>
      </article>
    </div>
  );
}
