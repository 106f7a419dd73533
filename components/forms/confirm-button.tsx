'use client';
// A one-click action that asks first (removing a school break, a free slot, a course item), with
// the refusal shown beside it.
import type { ActionState } from '@/lib/actions/action';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action's own state type
type Action = (prev: ActionState<any>, form: FormData) => Promise<ActionState<any>>;

export function ConfirmButton({
  action,
  hidden,
  label,
  confirmText,
}: {
  action: Action;
  hidden: Record<string, string>;
  label: string;
  confirmText: string;
}) {
  const f = useFormAction(action);
  return (
    <form
      action={f.action}
      onSubmit={(e) => {
        if (!confirm(confirmText)) e.preventDefault();
      }}
      className="inline-flex flex-wrap items-center gap-2"
    >
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
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
