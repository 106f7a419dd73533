import type { Metadata } from 'next';
import { CourseCard } from '@/components/catalog/course-card';
import { listPublishedCourses } from '@/lib/catalog/courses';
import { messages } from '@/lib/i18n';

export const metadata: Metadata = { title: 'Kursy' };
export const dynamic = 'force-dynamic';

export default async function CoursesPage() {
  const m = messages();
  const courses = await listPublishedCourses();
  return (
    <div className="space-y-6">
      <h1 className="h1">{m.catalog.title}</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {courses.map((c) => <CourseCard key={c.id} course={c} />)}
      </ul>
    </div>
  );
}
