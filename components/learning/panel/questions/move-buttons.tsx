'use client';
// Up and down buttons for one question of the list (the server swaps it with its neighbour).
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { moveQuestion } from '@/lib/actions/learning/move-question';
import { messages } from '@/lib/i18n';

export function MoveButtons({
  courseId,
  id,
  n,
  first,
  last,
}: {
  courseId: string;
  id: string;
  n: number;
  first: boolean;
  last: boolean;
}) {
  const f = useFormAction(moveQuestion);
  const t = messages().panel.courses.questionEditor;
  const cls = 'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40';
  return (
    <form action={f.action} className="flex items-center gap-1">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        name="direction"
        value="up"
        className={cls}
        disabled={first || f.pending}
        aria-label={t.moveQuestionUp(n)}
      >
        ↑
      </button>
      <button
        type="submit"
        name="direction"
        value="down"
        className={cls}
        disabled={last || f.pending}
        aria-label={t.moveQuestionDown(n)}
      >
        ↓
      </button>
      {f.failed && <FormMessage state={f.state} />}
    </form>
  );
}
