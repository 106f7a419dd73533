'use client';
import { useEffect, useRef } from 'react';
import { signIn } from 'next-auth/react';
import { Field } from '@/components/forms/field';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { changePassword } from '@/lib/actions/auth/change-password';
import { messages } from '@/lib/i18n';

export function ChangePasswordForm() {
  const m = messages();
  const f = useFormAction(changePassword);
  const { state } = f;
  const typed = useRef('');
  useEffect(() => {
    // Changing the password ended every session, this one too: sign in again with the new one.
    if (state?.ok && state.data && typed.current) {
      const password = typed.current;
      typed.current = '';
      void signIn('credentials', { identifier: state.data.identifier, password, redirect: false });
    }
  }, [state]);
  return (
    <form
      action={f.action}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        typed.current = String(new FormData(e.currentTarget).get('password') ?? '');
      }}
    >
      <FormMessage state={state} />
      <Field
        name="current"
        type="password"
        label={m.auth.currentPassword}
        autoComplete="current-password"
        error={f.error('current')}
        required
      />
      <NewPasswordFields form={f} />
      <SubmitButton className="btn-primary">{m.auth.changeSubmit}</SubmitButton>
    </form>
  );
}
