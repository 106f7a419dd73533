import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseForEditing } from '@/lib/learning/editing/panel-queries';
import { ModuleForm } from '@/components/learning/panel/module-form';
import { DeleteForm } from '@/components/learning/panel/delete-form';
import { MoveButtons } from '@/components/learning/panel/move-buttons';
import { reorderCourseItem } from '@/lib/actions/learning/reorder-course-item';
import { CourseNav } from '../course-nav';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.courses.lessonsTitle) };
}

export default async function CourseLessons({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  await requirePermission('panel:courses', `/panel/kursy/${id}/lekcje`);
  const course = await courseForEditing(id);
  if (!course) notFound();
  const { learning, panel } = messages(locale);
  const t = panel.courses;
  const modules = course.modules;
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="lessons" />
      <section aria-labelledby="modules" className="card space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="modules" className="h2">
            {learning.modulesHeading}
          </h2>
          {modules.length > 0 && (
            <Link href={`/panel/kursy/${id}/lekcje/nowa`} className="btn-secondary">
              {t.newLesson}
            </Link>
          )}
        </div>
        {modules.length === 0 && <p className="text-sm text-slate-700">{t.noModules}</p>}
        <ol className="space-y-4">
          {modules.map((m, mi) => (
            <li key={m.id} className="space-y-2 rounded-lg border border-slate-200 p-4">
              <div className="flex flex-wrap items-end justify-between gap-2">
                <div className="min-w-0 flex-1">
                  <ModuleForm courseId={id} module={m} nextPosition={m.position} />
                </div>
                <MoveButtons
                  action={reorderCourseItem}
                  fields={{ courseId: id, kind: 'module', id: m.id }}
                  upLabel={t.moveUp(m.title)}
                  downLabel={t.moveDown(m.title)}
                  first={mi === 0}
                  last={mi === modules.length - 1}
                />
              </div>
              <ol className="space-y-1 pl-1">
                {m.lessons.map((l, li) => (
                  <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <Link href={`/panel/kursy/${id}/lekcje/${l.id}`} className="link min-w-0 break-words">
                      {li + 1}. {l.title}
                    </Link>
                    <span className="flex items-center gap-3">
                      <MoveButtons
                        action={reorderCourseItem}
                        fields={{ courseId: id, kind: 'lesson', id: l.id }}
                        upLabel={t.moveUp(l.title)}
                        downLabel={t.moveDown(l.title)}
                        first={li === 0}
                        last={li === m.lessons.length - 1}
                      />
                      <DeleteForm
                        courseId={id}
                        kind="lesson"
                        id={l.id}
                        label={t.delete}
                        confirmText={t.confirmDeleteLesson(l.title)}
                      />
                    </span>
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
            </li>
          ))}
        </ol>
        <ModuleForm courseId={id} nextPosition={modules.length + 1} />
      </section>
    </div>
  );
}
