'use client';
import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { requestPasswordReset } from '@/lib/actions/auth/request-password-reset';
import { messages } from '@/lib/i18n';

export function RequestResetForm() {
  const m = messages();
  const [state, action] = useActionState(requestPasswordReset, null);
  const v = state && !state.ok ? (state.values ?? {}) : {};
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field
        name="email"
        type="email"
        label={m.auth.email}
        autoComplete="email"
        defaultValue={v.email}
        error={fe.email}
        required
      />
      <SubmitButton>{m.auth.resetSubmit}</SubmitButton>
    </form>
  );
}
