// The lesson editor's own-video section: the current file, a plain multipart post to the upload
// route (files never go through actions) that comes back with `?wideo=<outcome>`, and removal.
import { ActionForm } from '@/components/forms/action-form';
import { FieldError } from '@/components/forms/field';
import { Notice } from '@/components/forms/notice';
import { removeLessonVideoAction } from '@/lib/actions/learning/remove-lesson-video';
import { fileSize } from '@/lib/format/file-size';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export type LessonVideoFile = { fileName: string; size: number } | null;

export async function LessonVideoForm(p: {
  courseId: string;
  lessonId: string;
  video: LessonVideoFile;
  outcome?: string;
}) {
  const locale = await currentLocale();
  const t = messages(locale).panel.courses.video;
  const errors: Record<string, string> = {
    missing: t.missing,
    'too-large': t.tooLarge,
    'bad-type': t.badType,
    'no-lesson': messages(locale).learning.editing.lessonMissing,
  };
  const error = p.outcome ? errors[p.outcome] : undefined;
  return (
    <section aria-labelledby="lesson-video" className="card space-y-4">
      <h2 id="lesson-video" className="h2">
        {t.heading}
      </h2>
      <p className="text-sm text-slate-700">{t.intro}</p>
      {p.outcome === 'ok' && (
        <Notice tone="success" role="status" small>
          {t.ok}
        </Notice>
      )}
      <p className="text-sm" data-testid="lesson-video-current">
        {p.video ? t.current(p.video.fileName, fileSize(p.video.size, locale)) : t.none}
      </p>
      <form
        method="post"
        action={`/api/learning/lekcje/${p.lessonId}/wideo`}
        encType="multipart/form-data"
        className="space-y-2"
      >
        <input type="hidden" name="courseId" value={p.courseId} />
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="video-file" className="label">
              {t.file}
            </label>
            <input
              id="video-file"
              name="file"
              type="file"
              accept="video/mp4,video/webm,.mp4,.webm"
              className="block text-sm"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'video-file-error' : undefined}
            />
          </div>
          <button type="submit" className="btn-secondary">
            {p.video ? t.replace : t.send}
          </button>
        </div>
        <FieldError id="video-file-error">{error}</FieldError>
      </form>
      {p.video && (
        <ActionForm
          action={removeLessonVideoAction}
          hidden={{ courseId: p.courseId, lessonId: p.lessonId }}
          submit={t.remove}
          buttonClass="btn-secondary"
        />
      )}
    </section>
  );
}
