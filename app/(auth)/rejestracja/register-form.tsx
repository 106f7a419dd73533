'use client';
import { useActionState, useEffect, useId, useRef } from 'react';
import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { register } from '@/lib/actions/auth/register';
import { PASSWORD_RULES } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';

export function RegisterForm({ next, onRegistered }: { next: string; onRegistered?: () => void }) {
  const m = messages();
  const [state, action] = useActionState(register, null);
  const termsId = `terms-${useId().replace(/:/g, '')}`;
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const v = state && !state.ok ? (state.values ?? {}) : {};
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};

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
      action={action}
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
          defaultValue={v.firstName}
          error={fe.firstName}
          required
        />
        <Field
          name="lastName"
          label={m.auth.lastName}
          autoComplete="family-name"
          defaultValue={v.lastName}
          error={fe.lastName}
          required
        />
      </div>
      <Field
        name="email"
        type="email"
        label={m.auth.email}
        autoComplete="email"
        defaultValue={v.email}
        error={fe.email}
        required
      />
      <Field
        name="password"
        type="password"
        label={m.auth.password}
        autoComplete="new-password"
        hint={PASSWORD_RULES}
        error={fe.password}
        required
      />
      <div>
        <div className="flex items-start gap-2">
          <input
            id={termsId}
            name="terms"
            type="checkbox"
            className="mt-1 h-4 w-4"
            defaultChecked={v.terms === 'on'}
            aria-invalid={fe.terms ? true : undefined}
            aria-describedby={fe.terms ? `${termsId}-error` : undefined}
          />
          <label htmlFor={termsId} className="text-sm">
            {m.auth.terms} (
            <Link href="/regulamin" className="link" target="_blank">
              {m.auth.termsLink}
            </Link>
            )
          </label>
        </div>
        {fe.terms && (
          <p id={`${termsId}-error`} className="field-error" role="alert">
            {fe.terms}
          </p>
        )}
      </div>
      <SubmitButton>{m.auth.submitRegister}</SubmitButton>
    </form>
  );
}
