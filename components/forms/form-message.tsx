import type { ActionState } from '@/lib/actions/action';

/** The form-level outcome: an error summary or a success message. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900">
        {state.message}
      </p>
    ) : null;
  }
  return state.error ? (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      {state.error}
    </p>
  ) : null;
}
