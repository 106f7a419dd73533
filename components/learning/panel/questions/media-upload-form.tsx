// The upload form of the files page: a plain multipart post to /api/learning/media, which comes
// back with `?plik=<outcome>`; a refusal is shown beside the file field.
import { FieldError } from '@/components/forms/field';
import { Notice } from '@/components/forms/notice';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function MediaUploadForm({ courseId, outcome }: { courseId: string; outcome?: string }) {
  const locale = await currentLocale();
  const t = messages(locale).panel.courses.files;
  const errors: Record<string, string> = {
    missing: t.missing,
    'too-large': t.tooLarge,
    'bad-type': t.badType,
    'no-course': t.noCourse,
  };
  const error = outcome ? errors[outcome] : undefined;
  return (
    <form method="post" action="/api/learning/media" encType="multipart/form-data" className="space-y-2">
      {outcome === 'ok' && (
        <Notice tone="success" role="status" small>
          {t.uploaded}
        </Notice>
      )}
      <input type="hidden" name="courseId" value={courseId} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="media-file" className="label">
            {t.file}
          </label>
          <input
            id="media-file"
            name="file"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif,audio/mpeg,audio/ogg,audio/wav,audio/mp4,.m4a"
            className="block text-sm"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'media-file-error' : undefined}
          />
        </div>
        <button type="submit" className="btn-secondary">
          {t.upload}
        </button>
      </div>
      <FieldError id="media-file-error">{error}</FieldError>
    </form>
  );
}
