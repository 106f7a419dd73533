import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseForEditing, lessonForEditing } from '@/lib/learning/editing/panel-queries';
import { fileSize } from '@/lib/format/file-size';
import { LessonForm } from '@/components/learning/panel/lesson-form';
import { DeleteForm } from '@/components/learning/panel/delete-form';
import { LessonVideoForm } from '@/components/learning/panel/lesson-video-form';
import { CourseNav } from '../../course-nav';
import { Notice } from '@/components/forms/notice';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.courses.editLessonTitle) };
}

// The upload's outcome, as the attachment route reports it in `?zalacznik=`.
function uploadMessages(locale: string): Record<string, { ok: boolean; text: string }> {
  const { learning, panel } = messages(locale);
  const t = panel.courses.upload;
  return {
    ok: { ok: true, text: t.ok },
    missing: { ok: false, text: t.missing },
    'too-large': { ok: false, text: t.tooLarge },
    'no-lesson': { ok: false, text: learning.editing.lessonMissing },
  };
}

export default async function EditLesson({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; lessonId: string }>;
  searchParams: Promise<{ zalacznik?: string; wideo?: string }>;
}) {
  const locale = await currentLocale();
  const { id, lessonId } = pageParams(await params);
  await requirePermission('panel:courses', `/panel/kursy/${id}/lekcje/${lessonId}`);
  const [course, lesson] = await Promise.all([courseForEditing(id), lessonForEditing(id, lessonId)]);
  if (!course || !lesson) notFound();
  const q = await searchParams;
  const upload = uploadMessages(locale)[q.zalacznik ?? ''];
  const t = messages(locale).panel.courses;
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="lessons" />
      <section aria-labelledby="lesson" className="card space-y-4">
        <h2 id="lesson" className="h2">
          {t.lessonHeading(lesson.title)}
        </h2>
        <LessonForm
          courseId={id}
          modules={course.modules}
          initial={{
            id: lesson.id,
            moduleId: lesson.moduleId,
            title: lesson.title,
            position: String(lesson.position),
            minutes: String(lesson.minutes),
            body: lesson.body,
            videoUrl: lesson.videoUrl ?? '',
          }}
        />
      </section>
      <LessonVideoForm courseId={id} lessonId={lesson.id} video={lesson.videoMedia} outcome={q.wideo} />
      <section aria-labelledby="files" className="card space-y-4">
        <h2 id="files" className="h2">
          {t.attachments}
        </h2>
        {upload && (
          <Notice tone={upload.ok ? 'success' : 'error'} role={upload.ok ? 'status' : 'alert'} small>
            {upload.text}
          </Notice>
        )}
        <ul className="space-y-1">
          {lesson.attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-3 text-sm">
              <a href={`/api/learning/zalaczniki/${a.id}`} className="link">
                {a.fileName}
              </a>
              <span className="text-slate-600">{fileSize(a.size, locale)}</span>
              <DeleteForm
                courseId={id}
                kind="attachment"
                id={a.id}
                label={t.delete}
                confirmText={t.confirmDeleteFile(a.fileName)}
              />
            </li>
          ))}
        </ul>
        <form
          method="post"
          action="/api/learning/zalaczniki"
          encType="multipart/form-data"
          className="flex flex-wrap items-end gap-3"
        >
          <input type="hidden" name="courseId" value={id} />
          <input type="hidden" name="lessonId" value={lesson.id} />
          <div>
            <label htmlFor="file" className="label">
              {t.file}
            </label>
            <input id="file" name="file" type="file" required className="block text-sm" />
          </div>
          <button type="submit" className="btn-secondary">
            {t.sendFile}
          </button>
        </form>
      </section>
    </div>
  );
}
