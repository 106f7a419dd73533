'use client';
// "Duplikuj kurs": asks first, then the action creates the hidden copy and opens it.
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { duplicateCourse } from '@/lib/actions/learning/duplicate-course';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function DuplicateCourseForm({ courseId, title }: { courseId: string; title: string }) {
  const locale = useLocale();
  const f = useFormAction(duplicateCourse);
  const t = messages(locale).panel.courses.duplicate;
  return (
    <form
      action={f.action}
      onSubmit={(e) => {
        if (!confirm(t.confirm(title))) e.preventDefault();
      }}
      className="space-y-3"
    >
      <input type="hidden" name="courseId" value={courseId} />
      <FormMessage state={f.state} />
      <SubmitButton className="btn-secondary">{t.button}</SubmitButton>
    </form>
  );
}
