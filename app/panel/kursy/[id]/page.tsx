import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseForEditing, listCategories } from '@/lib/learning/editing/panel-queries';
import { courseFormValues } from '@/lib/learning/editing/course-form-values';
import { CourseForm } from '@/components/learning/panel/course-form';
import { ModuleForm } from '@/components/learning/panel/module-form';
import { DeleteForm } from '@/components/learning/panel/delete-form';
import { CourseNav } from './course-nav';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';

export const metadata: Metadata = { title: messages().panel.pageTitle(messages().panel.courses.editTitle) };

export default async function EditCourse({ params }: { params: Promise<{ id: string }> }) {
  const { id } = pageParams(await params);
  await requirePermission('panel:courses', `/panel/kursy/${id}`);
  const [course, categories] = await Promise.all([courseForEditing(id), listCategories()]);
  if (!course) notFound();
  const { learning, panel } = messages();
  const t = panel.courses;
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="edit" />
      <section aria-labelledby="basics" className="card space-y-4">
        <h2 id="basics" className="h2">
          {t.basics}
        </h2>
        <CourseForm initial={courseFormValues(course)} categories={categories} />
      </section>
      <section aria-labelledby="modules" className="card space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="modules" className="h2">
            {learning.modulesHeading}
          </h2>
          {course.modules.length > 0 && (
            <Link href={`/panel/kursy/${id}/lekcje/nowa`} className="btn-secondary">
              {t.newLesson}
            </Link>
          )}
        </div>
        {course.modules.map((m) => (
          <div key={m.id} className="space-y-2 rounded-lg border border-slate-200 p-4">
            <ModuleForm courseId={id} module={m} nextPosition={m.position} />
            <ol className="space-y-1 pl-1">
              {m.lessons.map((l) => (
                <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <Link href={`/panel/kursy/${id}/lekcje/${l.id}`} className="link">
                    {l.position}. {l.title}
                  </Link>
                  <DeleteForm
                    courseId={id}
                    kind="lesson"
                    id={l.id}
                    label={t.delete}
                    confirmText={t.confirmDeleteLesson(l.title)}
                  />
                </li>
              ))}
            </ol>
            <div className="flex flex-wrap gap-4 text-sm">
              <Link href={`/panel/kursy/${id}/lekcje/nowa?modul=${m.id}`} className="link">
                {t.lessonInModule}
              </Link>
              <DeleteForm
                courseId={id}
                kind="module"
                id={m.id}
                label={t.deleteModule}
                confirmText={t.confirmDeleteModule(m.title)}
              />
            </div>
          </div>
        ))}
        <ModuleForm courseId={id} nextPosition={course.modules.length + 1} />
      </section>
    </div>
  );
}
