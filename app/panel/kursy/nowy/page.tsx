import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { listCategories } from '@/lib/learning/editing/panel-queries';
import { courseFormValues } from '@/lib/learning/editing/course-form-values';
import { CourseForm } from '@/components/learning/panel/course-form';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.courses.newCourse) };
}

export default async function NewCourse() {
  const locale = await currentLocale();
  await requirePermission('panel:courses', '/panel/kursy/nowy');
  return (
    <div className="space-y-6">
      <h1 className="h1">{messages(locale).panel.courses.newCourse}</h1>
      <div className="card">
        <CourseForm initial={courseFormValues(null)} categories={await listCategories()} />
      </div>
    </div>
  );
}
