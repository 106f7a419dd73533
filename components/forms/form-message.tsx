import type { ActionState } from '@/lib/actions/action';
import { Notice } from '@/components/forms/notice';

/** The form-level outcome: an error summary or a success message. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <Notice tone="success" role="status" small>
        {state.message}
      </Notice>
    ) : null;
  }
  return state.error ? (
    <Notice tone="error" role="alert" small>
      {state.error}
    </Notice>
  ) : null;
}
