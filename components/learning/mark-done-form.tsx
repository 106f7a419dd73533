'use client';
import { ActionForm } from '@/components/forms/action-form';
import { markLessonDone } from '@/lib/actions/learning/mark-lesson-done';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function MarkDoneForm({
  slug,
  lessonId,
  done,
  hasNext,
}: {
  slug: string;
  lessonId: string;
  done: boolean;
  hasNext: boolean;
}) {
  const locale = useLocale();
  const t = messages(locale).learning;
  return (
    <ActionForm
      action={markLessonDone}
      hidden={{ slug, lessonId, then: 'next' }}
      submit={done ? (hasNext ? t.next : t.toTest) : hasNext ? t.markDoneNext : t.markDone}
      className="space-y-2"
      buttonClass="btn-primary w-full sm:w-auto"
    />
  );
}
