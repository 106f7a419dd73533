import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { listCategories } from '@/lib/learning/editing/panel-queries';
import { courseFormValues } from '@/lib/learning/editing/course-form-values';
import { CourseForm } from '@/components/learning/panel/course-form';
import { messages } from '@/lib/i18n';

export const metadata: Metadata = { title: messages().panel.pageTitle(messages().panel.courses.newCourse) };

export default async function NewCourse() {
  await requirePermission('panel:courses', '/panel/kursy/nowy');
  return (
    <div className="space-y-6">
      <h1 className="h1">{messages().panel.courses.newCourse}</h1>
      <div className="card">
        <CourseForm initial={courseFormValues(null)} categories={await listCategories()} />
      </div>
    </div>
  );
}
