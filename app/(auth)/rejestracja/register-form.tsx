'use client';
import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { CheckboxField, Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { register } from '@/lib/actions/auth/register';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function RegisterForm({ next, onRegistered }: { next: string; onRegistered?: () => void }) {
  const locale = useLocale();
  const m = messages(locale);
  const f = useFormAction(register);
  const { state } = f;
  const credentials = useRef<{ email: string; password: string } | null>(null);
  // The server never echoes a password back, and React resets the form after an action: the
  // password lives in this component's state so an error elsewhere does not empty it.
  const [password, setPassword] = useState('');

  useEffect(() => {
    // Registered: sign in with what the person just typed, then continue where they were going.
    if (state?.ok && credentials.current) {
      const { email, password } = credentials.current;
      credentials.current = null;
      void signIn('credentials', { identifier: email, password, redirect: false }).then(() => {
        if (onRegistered) onRegistered();
        else window.location.assign(next);
      });
    }
  }, [state, next, onRegistered]);

  return (
    <form
      action={f.action}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        const f = new FormData(e.currentTarget);
        credentials.current = { email: String(f.get('email') ?? '').trim(), password: String(f.get('password') ?? '') };
      }}
    >
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="firstName"
          label={m.auth.firstName}
          autoComplete="given-name"
          defaultValue={f.value('firstName')}
          error={f.error('firstName')}
          required
        />
        <Field
          name="lastName"
          label={m.auth.lastName}
          autoComplete="family-name"
          defaultValue={f.value('lastName')}
          error={f.error('lastName')}
          required
        />
      </div>
      <Field
        name="email"
        type="email"
        label={m.auth.email}
        autoComplete="email"
        defaultValue={f.value('email')}
        error={f.error('email')}
        required
      />
      <Field
        name="password"
        type="password"
        label={m.auth.password}
        autoComplete="new-password"
        hint={m.auth.passwordRules}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={f.error('password')}
        required
      />
      <CheckboxField
        name="terms"
        defaultChecked={f.checked('terms')}
        error={f.error('terms')}
        label={
          <>
            {m.auth.terms} (
            <Link href="/regulamin" className="link" target="_blank">
              {m.auth.termsLink}
            </Link>
            )
          </>
        }
      />
      <SubmitButton>{m.auth.submitRegister}</SubmitButton>
    </form>
  );
}
