'use client';
// The one place that unwraps a server action's ActionState for a form: field errors, what the
// person typed (echoed back on failure), the form-level error or success message, pending.
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/action';

type Action<T> = (prev: ActionState<T>, form: FormData) => Promise<ActionState<T>>;

export function useFormAction<T = undefined>(action: Action<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : undefined;
  const values = failed?.values;
  /** What was typed into a field before a failed run, else the fallback. */
  function value(name: string): string | undefined;
  function value(name: string, fallback: string): string;
  function value(name: string, fallback?: string) {
    return values?.[name] ?? fallback;
  }
  return {
    state,
    action: formAction,
    pending,
    /** The last run succeeded. */
    ok: state?.ok === true,
    /** The last run failed. */
    failed: failed !== undefined,
    data: state?.ok ? state.data : undefined,
    message: state?.ok ? state.message : undefined,
    formError: failed?.error,
    fieldErrors: failed?.fieldErrors ?? {},
    /** The error beside one field, if the last run refused it. */
    error: (name: string): string | undefined => failed?.fieldErrors?.[name],
    value,
    /** A checkbox as it was before a failed run, else the fallback. */
    checked: (name: string, fallback = false): boolean => (values ? values[name] === 'on' : fallback),
  };
}

export type FormAction = ReturnType<typeof useFormAction>;
