'use client';
// A small form around one server action — hidden fields, optional inputs, one submit button —
// for "accept", "delete", "retry" style actions; shows the outcome above and stray field errors.
import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/actions/action';
import { FieldError } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action's own state type
type Action = (prev: ActionState<any>, form: FormData) => Promise<ActionState<any>>;

export function ActionForm({
  action,
  hidden = {},
  submit,
  className = 'space-y-3',
  buttonClass = 'btn-primary',
  children,
}: {
  action: Action;
  hidden?: Record<string, string | number | string[]>;
  submit: ReactNode;
  className?: string;
  buttonClass?: string;
  children?: ReactNode;
}) {
  const f = useFormAction(action);
  return (
    <form action={f.action} className={className} noValidate>
      <FormMessage state={f.state} />
      {Object.entries(hidden).flatMap(([k, v]) =>
        (Array.isArray(v) ? v : [v]).map((x, i) => <input key={`${k}-${i}`} type="hidden" name={k} value={x} />),
      )}
      {children}
      {Object.entries(f.fieldErrors)
        .filter(([k]) => !(k in hidden))
        .map(([k, msg]) => (
          <FieldError key={k}>{msg}</FieldError>
        ))}
      <SubmitButton className={buttonClass}>{submit}</SubmitButton>
    </form>
  );
}
