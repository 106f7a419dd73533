'use client';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { deleteCourseItem } from '@/lib/actions/learning/delete-course-item';

/** A delete button that asks first (deleting a module takes its lessons and learners' progress). */
export function DeleteForm({
  courseId,
  kind,
  id,
  label,
  confirmText,
}: {
  courseId: string;
  kind: 'module' | 'lesson' | 'question' | 'attachment';
  id: string;
  label: string;
  confirmText: string;
}) {
  const f = useFormAction(deleteCourseItem);
  return (
    <form
      action={f.action}
      onSubmit={(e) => {
        if (!confirm(confirmText)) e.preventDefault();
      }}
      className="inline"
    >
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        className="text-sm font-medium text-red-700 underline hover:text-red-800"
        disabled={f.pending}
      >
        {label}
      </button>
      {f.failed && <FormMessage state={f.state} />}
    </form>
  );
}
