'use client';
import { ConfirmButton } from '@/components/forms/confirm-button';
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
  return (
    <ConfirmButton action={deleteCourseItem} hidden={{ courseId, kind, id }} label={label} confirmText={confirmText} />
  );
}
