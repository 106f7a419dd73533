'use client';
import { useEffect, useRef } from 'react';
import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { CheckboxField, Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { registerParent } from '@/lib/actions/families/register-parent';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function ParentRegisterForm({ countries }: { countries: { code: string; name: string; currency: string }[] }) {
  const locale = useLocale();
  const m = messages(locale);
  const t = m.families;
  const f = useFormAction(registerParent);
  const { state } = f;
  const credentials = useRef<{ email: string; password: string } | null>(null);

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
          label={t.firstName}
          autoComplete="given-name"
          defaultValue={f.value('firstName')}
          error={f.error('firstName')}
          required
        />
        <Field
          name="lastName"
          label={t.lastName}
          autoComplete="family-name"
          defaultValue={f.value('lastName')}
          error={f.error('lastName')}
        />
      </div>
      <Field
        name="email"
        type="email"
        label={t.email}
        autoComplete="email"
        defaultValue={f.value('email')}
        error={f.error('email')}
        required
      />
      <Field
        name="phone"
        type="tel"
        label={t.phone}
        autoComplete="tel"
        defaultValue={f.value('phone')}
        error={f.error('phone')}
      />
      <SelectField
        key={f.value('country', '')}
        name="country"
        label={t.country}
        hint={t.countryHint}
        defaultValue={f.value('country', '')}
        error={f.error('country')}
        required
      >
        <option value="">{t.chooseCountry}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name} ({c.currency})
          </option>
        ))}
      </SelectField>
      <Field
        name="password"
        type="password"
        label={m.auth.password}
        autoComplete="new-password"
        hint={m.auth.passwordRules}
        error={f.error('password')}
        required
      />
      <CheckboxField
        name="terms"
        defaultChecked={f.checked('terms')}
        error={f.error('terms')}
        label={
          <>
            {t.terms} (
            <Link href="/rodzina/regulamin" className="link" target="_blank">
              {m.auth.termsLink}
            </Link>
            )
          </>
        }
      />
      <SubmitButton>{t.registerSubmit}</SubmitButton>
    </form>
  );
}
