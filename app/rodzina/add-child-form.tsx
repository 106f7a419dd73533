'use client';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { addChild } from '@/lib/actions/families/children';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function AddChildForm() {
  const locale = useLocale();
  const t = messages(locale).families;
  const f = useFormAction(addChild);
  // React resets the fields after a successful action; an error keeps what was typed (values).
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={f.state} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <Field
          name="fullName"
          label={t.childFullName}
          defaultValue={f.value('fullName')}
          error={f.error('fullName')}
          required
        />
        <Field
          name="birthYear"
          label={t.birthYear}
          inputMode="numeric"
          defaultValue={f.value('birthYear')}
          error={f.error('birthYear')}
          required
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="login"
          label={t.childLogin}
          autoComplete="off"
          hint={t.childLoginHint}
          defaultValue={f.value('login')}
          error={f.error('login')}
          required
        />
        <Field
          name="password"
          type="password"
          label={t.childPassword}
          autoComplete="new-password"
          hint={messages(locale).auth.passwordRules}
          error={f.error('password')}
          required
        />
      </div>
      <SubmitButton className="btn-primary">{t.addChild}</SubmitButton>
    </form>
  );
}
