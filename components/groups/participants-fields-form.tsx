'use client';
// A small form of a few text fields around one people action (a corrected name, a new admin):
// each error beside its field, what was typed kept after a refusal, the outcome above.
import type { ActionState } from '@/lib/actions/action';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
export type TextField = { name: string; label: string; value?: string; type?: string; autoComplete?: string };

export function ParticipantsFieldsForm({
  action,
  hidden,
  fields,
  hint,
  submit,
}: {
  action: Action;
  hidden: Record<string, string>;
  fields: TextField[];
  hint?: string;
  submit: string;
}) {
  const f = useFormAction(action);
  return (
    <form action={f.action} noValidate className="space-y-3">
      <FormMessage state={f.state} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((x) => (
          <Field
            key={x.name}
            name={x.name}
            label={x.label}
            type={x.type ?? 'text'}
            autoComplete={x.autoComplete ?? 'off'}
            defaultValue={f.value(x.name, x.value ?? '')}
            error={f.error(x.name)}
          />
        ))}
      </div>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <SubmitButton className="btn-secondary">{submit}</SubmitButton>
    </form>
  );
}
