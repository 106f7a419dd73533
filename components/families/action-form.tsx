'use client';
import { useActionState, type ReactNode } from 'react';
import type { ActionState } from '@/lib/actions/action';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** A small form around one server action: hidden fields, optional inputs, one button. */
export function ActionForm({
  action,
  hidden = {},
  submit,
  className = 'space-y-3',
  buttonClass,
  children,
}: {
  action: Action;
  hidden?: Record<string, string | string[]>;
  submit: string;
  className?: string;
  buttonClass?: string;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className={className} noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).flatMap(([k, v]) =>
        (Array.isArray(v) ? v : [v]).map((x, i) => <input key={`${k}-${i}`} type="hidden" name={k} value={x} />),
      )}
      {children}
      {Object.entries(fe)
        .filter(([k]) => !(k in hidden))
        .map(([k, msg]) => (
          <p key={k} className="field-error" role="alert">
            {msg}
          </p>
        ))}
      <SubmitButton className={buttonClass ?? 'btn-primary'}>{submit}</SubmitButton>
    </form>
  );
}
