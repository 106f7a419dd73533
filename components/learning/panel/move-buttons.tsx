'use client';
// Up/down buttons that move one item of an ordered list (modules, lessons, questions) a place,
// through the action given with the item's hidden fields. Native buttons (Tab, Enter, Space); the
// focus follows the moved item, since re-sorting the list can move the focused element.
import { useEffect, useRef } from 'react';
import { useFormAction } from '@/components/forms/use-form-action';
import { FormMessage } from '@/components/forms/form-message';
import type { ActionState } from '@/lib/actions/action';

export function MoveButtons({
  action,
  fields,
  upLabel,
  downLabel,
  first,
  last,
}: {
  action: (prev: ActionState<undefined>, form: FormData) => Promise<ActionState<undefined>>;
  /** The item's hidden fields (its id, the course, …): what the action reads besides `direction`. */
  fields: Record<string, string>;
  upLabel: string;
  downLabel: string;
  first: boolean;
  last: boolean;
}) {
  const f = useFormAction(action);
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
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        ref={up}
        type="submit"
        name="direction"
        value="up"
        className={button}
        disabled={first || f.pending}
        aria-label={upLabel}
        title={upLabel}
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
        aria-label={downLabel}
        title={downLabel}
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
