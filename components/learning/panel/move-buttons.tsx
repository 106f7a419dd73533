'use client';
// Up/down buttons that move a module or a lesson one place. Native buttons (Tab, Enter, Space);
// the focus follows the moved item, since re-sorting the list can move the focused element.
import { useEffect, useRef } from 'react';
import { useFormAction } from '@/components/forms/use-form-action';
import { FormMessage } from '@/components/forms/form-message';
import { reorderCourseItem } from '@/lib/actions/learning/reorder-course-item';
import { messages } from '@/lib/i18n';

export function MoveButtons({
  courseId,
  kind,
  id,
  title,
  first,
  last,
}: {
  courseId: string;
  kind: 'module' | 'lesson';
  id: string;
  title: string;
  first: boolean;
  last: boolean;
}) {
  const f = useFormAction(reorderCourseItem);
  const t = messages().panel.courses;
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const pressed = useRef<'up' | 'down' | null>(null);
  useEffect(() => {
    if (!f.ok || !pressed.current) return;
    const wanted = pressed.current === 'up' ? up.current : down.current;
    const other = pressed.current === 'up' ? down.current : up.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [f.state, f.ok, first, last]);
  const button = 'rounded border border-slate-300 px-2 py-0.5 text-sm leading-5 hover:bg-slate-100 disabled:opacity-40';
  return (
    <form action={f.action} className="inline-flex items-center gap-1">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <button
        ref={up}
        type="submit"
        name="direction"
        value="up"
        className={button}
        disabled={first || f.pending}
        aria-label={t.moveUp(title)}
        title={t.moveUp(title)}
        onClick={() => (pressed.current = 'up')}
      >
        ↑
      </button>
      <button
        ref={down}
        type="submit"
        name="direction"
        value="down"
        className={button}
        disabled={last || f.pending}
        aria-label={t.moveDown(title)}
        title={t.moveDown(title)}
        onClick={() => (pressed.current = 'down')}
      >
        ↓
      </button>
      <span role="status" className="sr-only">
        {f.message}
      </span>
      {f.failed && <FormMessage state={f.state} />}
    </form>
  );
}
