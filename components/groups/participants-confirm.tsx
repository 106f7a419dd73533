// The confirmation step of a people action: the first button only opens what will happen; the
// second sends the form with `confirmed=1` (the service refuses without it) and the view's key.
import type { ActionState } from '@/lib/actions/action';
import { ActionForm } from '@/components/forms/action-form';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action's own state type
type Action = (prev: ActionState<any>, form: FormData) => Promise<ActionState<any>>;

export function ParticipantsConfirm({
  label,
  warning,
  yes,
  action,
  hidden,
  danger = false,
}: {
  label: string;
  warning: string;
  yes: string;
  action: Action;
  hidden: Record<string, string>;
  danger?: boolean;
}) {
  return (
    <details className="group/confirm">
      <summary className={`${danger ? 'btn-danger' : 'btn-secondary'} cursor-pointer px-3 py-1.5 text-sm`}>
        {label}
      </summary>
      <div className="mt-2 space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm" role="group">
        <p>{warning}</p>
        <ActionForm
          action={action}
          hidden={{ ...hidden, confirmed: '1' }}
          submit={yes}
          buttonClass={danger ? 'btn-danger px-3 py-1.5 text-sm' : 'btn-primary px-3 py-1.5 text-sm'}
        />
      </div>
    </details>
  );
}
