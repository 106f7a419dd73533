'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { markLessonDone } from '@/lib/actions/learning/mark-lesson-done';
import { messages } from '@/lib/i18n';

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
  const t = messages().learning;
  const [state, action] = useActionState(markLessonDone, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="then" value="next" />
      <FormMessage state={state} />
      <SubmitButton className="btn-primary w-full sm:w-auto">
        {done ? (hasNext ? t.next : t.toTest) : hasNext ? t.markDoneNext : t.markDone}
      </SubmitButton>
    </form>
  );
}
