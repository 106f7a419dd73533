// The course's files: upload (a plain form to the media route, files never through actions), the
// list with previews and the markdown to paste into a lesson.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseForEditing } from '@/lib/learning/editing/panel-queries';
import { courseMediaList } from '@/lib/learning/editing/media';
import { MediaTable } from '@/components/learning/panel/questions/media-table';
import { MediaUploadForm } from '@/components/learning/panel/questions/media-upload-form';
import { CourseNav } from '../course-nav';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.courses.files.title) };
}

export default async function CourseFiles({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ plik?: string }>;
}) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  await requirePermission('panel:courses', `/panel/kursy/${id}/pliki`);
  const [course, files] = await Promise.all([courseForEditing(id), courseMediaList(id)]);
  if (!course) notFound();
  const t = messages(locale).panel.courses;
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="files" />
      <p className="text-sm">
        <Link href={`/panel/kursy/${id}/pytania`} className="link">
          ← {t.tabs.questions}
        </Link>
      </p>
      <section aria-labelledby="files" className="card space-y-4">
        <h2 id="files" className="h2">
          {t.files.title}
        </h2>
        <p className="text-sm text-slate-700">{t.files.intro}</p>
        <MediaUploadForm courseId={id} outcome={(await searchParams).plik} />
        <MediaTable courseId={id} files={files} />
      </section>
    </div>
  );
}
