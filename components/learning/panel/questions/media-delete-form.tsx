'use client';
// Delete a course file, after asking; a file still in use is refused with where it is used.
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { deleteMedia } from '@/lib/actions/learning/delete-media';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function MediaDeleteForm({ courseId, id, fileName }: { courseId: string; id: string; fileName: string }) {
  const locale = useLocale();
  const f = useFormAction(deleteMedia);
  const t = messages(locale).panel.courses.files;
  return (
    <form
      action={f.action}
      onSubmit={(e) => {
        if (!confirm(t.confirmDelete(fileName))) e.preventDefault();
      }}
      className="space-y-1"
    >
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        className="text-sm font-medium text-red-700 underline hover:text-red-800"
        disabled={f.pending}
        aria-label={`${t.delete}: ${fileName}`}
      >
        {t.delete}
      </button>
      {f.failed && <FormMessage state={f.state} />}
    </form>
  );
}
