'use client';
// A small staff form (move a session, cancel it, change the seats) whose refusals appear beside
// the field that caused them, with what was typed kept; the rest goes in the message above.
import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/actions/action';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action's own state type
type Action = (prev: ActionState<any>, form: FormData) => Promise<ActionState<any>>;

export type FormField = {
  name: string;
  label: string;
  type?: 'text' | 'number' | 'datetime-local';
  defaultValue?: string;
  min?: number;
  max?: number;
};

export function FieldForm({
  action,
  hidden,
  fields,
  submit,
  buttonClass = 'btn-secondary',
  grid = '',
}: {
  action: Action;
  hidden: Record<string, string>;
  fields: FormField[];
  submit: ReactNode;
  buttonClass?: string;
  grid?: string;
}) {
  const f = useFormAction(action);
  // A refusal shown beside its field is not repeated above it.
  const repeated = f.failed && fields.some((x) => f.error(x.name) === f.formError);
  const state = repeated ? null : f.state;
  return (
    <form action={f.action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className={grid ? `grid items-start gap-3 ${grid}` : 'space-y-3'}>
        {fields.map(({ name, defaultValue, ...rest }) => (
          <Field
            key={name}
            name={name}
            {...rest}
            defaultValue={f.value(name, defaultValue ?? '')}
            error={f.error(name)}
          />
        ))}
      </div>
      <SubmitButton className={buttonClass}>{submit}</SubmitButton>
    </form>
  );
}
