'use client';
import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { Field } from '@/components/forms/field';
import { Notice } from '@/components/forms/notice';
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { useLocale } from '@/components/locale/locale-provider';

/** The lock's end (ISO from the server) in the reader's language; as sent if it is not a date. */
const lockedUntil = (iso: string, locale: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatDateTime(d, locale);
};

/** Logs in through next-auth's credentials endpoint; the server validates and rate-limits. */
export function LoginForm({ next }: { next: string }) {
  const locale = useLocale();
  const m = messages(locale);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ identifier?: string; password?: string }>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const identifier = String(form.get('identifier') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const fe = {
      identifier: identifier ? undefined : m.auth.fields.identifierRequired,
      password: password ? undefined : m.auth.fields.passwordRequired,
    };
    setFieldErrors(fe);
    if (fe.identifier || fe.password) return setError(m.errors.checkFields);
    setPending(true);
    const res = await signIn('credentials', { identifier, password, redirect: false });
    setPending(false);
    if (res?.ok && !res.error) {
      // Passes by the first-login page, which sends on at once unless the password was issued by a company.
      window.location.assign(`/konto/pierwsze-logowanie?next=${encodeURIComponent(next)}`);
      return;
    }
    const code = res?.error ?? '';
    const blocked = code === 'blocked' ? m.auth.blocked : null;
    setError(
      blocked ??
        (code.startsWith('locked:') ? m.auth.locked(lockedUntil(code.slice(7), locale)) : m.auth.invalidCredentials),
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error && (
        <Notice tone="error" role="alert" small>
          {error}
        </Notice>
      )}
      <Field
        name="identifier"
        label={m.auth.identifier}
        autoComplete="username"
        error={fieldErrors.identifier}
        required
      />
      <Field
        name="password"
        type="password"
        label={m.auth.password}
        autoComplete="current-password"
        error={fieldErrors.password}
        required
      />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? m.forms.pending : m.auth.submitLogin}
      </button>
    </form>
  );
}
