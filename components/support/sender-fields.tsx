'use client';
// Who writes (name and e-mail), the same in the contact and the complaint form: filled in for a
// signed-in person, kept after a refusal, the error beside each field.
import { Field } from '@/components/forms/field';
import type { FormAction } from '@/components/forms/use-form-action';

export function SenderFields({
  form,
  name,
  email,
  labels,
}: {
  form: Pick<FormAction, 'error' | 'value'>;
  name: string;
  email: string;
  labels: { name: string; email: string };
}) {
  return (
    <>
      <Field
        name="name"
        label={labels.name}
        defaultValue={form.value('name', name)}
        error={form.error('name')}
        autoComplete="name"
        required
      />
      <Field
        name="email"
        type="email"
        label={labels.email}
        defaultValue={form.value('email', email)}
        error={form.error('email')}
        autoComplete="email"
        required
      />
    </>
  );
}
