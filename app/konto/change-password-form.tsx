'use client';
import { useEffect, useRef } from 'react';
import { signIn } from 'next-auth/react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { changePassword } from '@/lib/actions/auth/change-password';
import { PASSWORD_RULES } from '@/lib/auth/schemas';
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
      <Field
        name="password"
        type="password"
        label={m.auth.newPassword}
        autoComplete="new-password"
        hint={PASSWORD_RULES}
        error={f.error('password')}
        required
      />
      <Field
        name="confirm"
        type="password"
        label={m.auth.confirmPassword}
        autoComplete="new-password"
        error={f.error('confirm')}
        required
      />
      <SubmitButton className="btn-primary">{m.auth.changeSubmit}</SubmitButton>
    </form>
  );
}
