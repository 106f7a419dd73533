'use client';
import { useActionState, useEffect, useRef } from 'react';
import { signIn } from 'next-auth/react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { changePassword } from '@/lib/actions/auth/change-password';
import { PASSWORD_RULES } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';

export function ChangePasswordForm() {
  const m = messages();
  const [state, action] = useActionState(changePassword, null);
  const typed = useRef('');
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
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
      action={action}
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
        error={fe.current}
        required
      />
      <Field
        name="password"
        type="password"
        label={m.auth.newPassword}
        autoComplete="new-password"
        hint={PASSWORD_RULES}
        error={fe.password}
        required
      />
      <Field
        name="confirm"
        type="password"
        label={m.auth.confirmPassword}
        autoComplete="new-password"
        error={fe.confirm}
        required
      />
      <SubmitButton className="btn-primary">{m.auth.changeSubmit}</SubmitButton>
    </form>
  );
}
