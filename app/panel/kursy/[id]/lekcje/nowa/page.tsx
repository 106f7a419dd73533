import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseForEditing } from '@/lib/learning/editing/panel-queries';
import { LessonForm } from '@/components/learning/panel/lesson-form';
import { CourseNav } from '../../course-nav';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.courses.newLesson) };
}

export default async function NewLesson({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ modul?: string }>;
}) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  await requirePermission('panel:courses', `/panel/kursy/${id}/lekcje/nowa`);
  const course = await courseForEditing(id);
  if (!course || course.modules.length === 0) notFound();
  const { modul } = await searchParams;
  const target = course.modules.find((m) => m.id === modul) ?? course.modules.at(-1)!;
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="lessons" />
      <section aria-labelledby="lesson" className="card space-y-4">
        <h2 id="lesson" className="h2">
          {messages(locale).panel.courses.newLesson}
        </h2>
        <LessonForm
          courseId={id}
          modules={course.modules}
          initial={{
            moduleId: target.id,
            title: '',
            position: String(target.lessons.length + 1),
            minutes: '10',
            body: '',
            videoUrl: '',
          }}
        />
      </section>
    </div>
  );
}
