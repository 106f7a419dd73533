'use client';
import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { addChild } from '@/lib/actions/families/children';
import { PASSWORD_RULES } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';

export function AddChildForm() {
  const t = messages().families;
  const [state, action] = useActionState(addChild, null);
  const v = state && !state.ok ? (state.values ?? {}) : {};
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // React resets the fields after a successful action; an error keeps what was typed (values).
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <Field name="fullName" label={t.childFullName} defaultValue={v.fullName} error={fe.fullName} required />
        <Field
          name="birthYear"
          label={t.birthYear}
          inputMode="numeric"
          defaultValue={v.birthYear}
          error={fe.birthYear}
          required
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="login"
          label={t.childLogin}
          autoComplete="off"
          hint={t.childLoginHint}
          defaultValue={v.login}
          error={fe.login}
          required
        />
        <Field
          name="password"
          type="password"
          label={t.childPassword}
          autoComplete="new-password"
          hint={PASSWORD_RULES}
          error={fe.password}
          required
        />
      </div>
      <SubmitButton className="btn-primary">{t.addChild}</SubmitButton>
    </form>
  );
}
