'use client';
import { useActionState, type ReactNode } from 'react';
import type { ActionState } from '@/lib/actions/action';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action's own state type
type Action = (prev: ActionState<any>, form: FormData) => Promise<ActionState<any>>;

/** One button that runs a server action with hidden fields, and shows its outcome above. */
export function ActionButton({
  action,
  fields,
  label,
  className = 'btn-primary',
  children,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  className?: string;
  children?: ReactNode;
}) {
  const [state, run] = useActionState(action, null);
  return (
    <form action={run} className="space-y-3">
      <FormMessage state={state} />
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <SubmitButton className={className}>{label}</SubmitButton>
    </form>
  );
}
