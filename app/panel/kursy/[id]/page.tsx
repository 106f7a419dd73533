import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseForEditing, listCategories } from '@/lib/learning/editing/panel-queries';
import { courseReadiness } from '@/lib/learning/editing/publishing';
import { courseFormValues } from '@/lib/learning/editing/course-form-values';
import { CourseForm } from '@/components/learning/panel/course-form';
import { PublishingChecklist } from '@/components/learning/panel/publishing-checklist';
import { DuplicateCourseForm } from '@/components/learning/panel/duplicate-course-form';
import { CourseNav } from './course-nav';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.courses.editTitle) };
}

export default async function EditCourse({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  await requirePermission('panel:courses', `/panel/kursy/${id}`);
  const [course, categories, readiness] = await Promise.all([
    courseForEditing(id),
    listCategories(),
    courseReadiness(id),
  ]);
  if (!course) notFound();
  const t = messages(locale).panel.courses;
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="edit" />
      <div className="grid gap-6 lg:grid-cols-[1fr_320px]">
        <section aria-labelledby="basics" className="card min-w-0 space-y-4">
          <h2 id="basics" className="h2">
            {t.basics}
          </h2>
          <CourseForm initial={courseFormValues(course)} categories={categories} />
        </section>
        <div className="space-y-6">
          <PublishingChecklist courseId={id} items={readiness} />
          <section aria-labelledby="preview" className="card space-y-3">
            <h2 id="preview" className="h2">
              {t.preview.title}
            </h2>
            <Link href={`/panel/kursy/${id}/podglad`} className="btn-secondary">
              {t.preview.open}
            </Link>
          </section>
          <section aria-labelledby="copy" className="card space-y-3">
            <h2 id="copy" className="h2">
              {t.duplicate.heading}
            </h2>
            <p className="text-sm text-slate-700">{t.duplicate.lead}</p>
            <DuplicateCourseForm courseId={id} title={course.title} />
          </section>
        </div>
      </div>
    </div>
  );
}
