'use client';
import { useActionState, useEffect, useId, useRef } from 'react';
import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { registerParent } from '@/lib/actions/families/register-parent';
import { PASSWORD_RULES } from '@/lib/auth/schemas';
import { messages } from '@/lib/i18n';

export function ParentRegisterForm({ countries }: { countries: { code: string; name: string; currency: string }[] }) {
  const m = messages();
  const t = m.families;
  const [state, action] = useActionState(registerParent, null);
  const id = useId().replace(/:/g, '');
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const v = state && !state.ok ? (state.values ?? {}) : {};
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  useEffect(() => {
    if (state?.ok && credentials.current) {
      const { email, password } = credentials.current;
      credentials.current = null;
      void signIn('credentials', { identifier: email, password, redirect: false }).then(() =>
        window.location.assign('/rodzina'),
      );
    }
  }, [state]);

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
          label={t.firstName}
          autoComplete="given-name"
          defaultValue={v.firstName}
          error={fe.firstName}
          required
        />
        <Field
          name="lastName"
          label={t.lastName}
          autoComplete="family-name"
          defaultValue={v.lastName}
          error={fe.lastName}
        />
      </div>
      <Field
        name="email"
        type="email"
        label={t.email}
        autoComplete="email"
        defaultValue={v.email}
        error={fe.email}
        required
      />
      <Field name="phone" type="tel" label={t.phone} autoComplete="tel" defaultValue={v.phone} error={fe.phone} />
      <div>
        <label htmlFor={`country-${id}`} className="label">
          {t.country}
        </label>
        <select
          key={v.country ?? ''}
          id={`country-${id}`}
          name="country"
          className="input"
          defaultValue={v.country ?? ''}
          required
          aria-invalid={fe.country ? true : undefined}
          aria-describedby={`country-${id}-hint${fe.country ? ` country-${id}-error` : ''}`}
        >
          <option value="">{t.chooseCountry}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.currency})
            </option>
          ))}
        </select>
        <p id={`country-${id}-hint`} className="mt-1 text-sm text-slate-600">
          {t.countryHint}
        </p>
        {fe.country && (
          <p id={`country-${id}-error`} className="field-error" role="alert">
            {fe.country}
          </p>
        )}
      </div>
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
            id={`terms-${id}`}
            name="terms"
            type="checkbox"
            className="mt-1 h-4 w-4"
            defaultChecked={v.terms === 'on'}
            aria-invalid={fe.terms ? true : undefined}
            aria-describedby={fe.terms ? `terms-${id}-error` : undefined}
          />
          <label htmlFor={`terms-${id}`} className="text-sm">
            {t.terms} (
            <Link href="/rodzina/regulamin" className="link" target="_blank">
              {m.auth.termsLink}
            </Link>
            )
          </label>
        </div>
        {fe.terms && (
          <p id={`terms-${id}-error`} className="field-error" role="alert">
            {fe.terms}
          </p>
        )}
      </div>
      <SubmitButton>{t.registerSubmit}</SubmitButton>
    </form>
  );
}
