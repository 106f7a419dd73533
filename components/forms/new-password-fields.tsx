'use client';
// A new password and its repetition, the same in every form that sets one (reset, change, first
// login): the rules as the hint, browsers told it is a new password, errors beside each field.
import { messages } from '@/lib/i18n';
import { Field } from './field';
import type { FormAction } from './use-form-action';
import { useLocale } from '@/components/locale/locale-provider';

export function NewPasswordFields({ form }: { form: Pick<FormAction, 'error'> }) {
  const locale = useLocale();
  const m = messages(locale).auth;
  return (
    <>
      <Field
        name="password"
        type="password"
        label={m.newPassword}
        autoComplete="new-password"
        hint={m.passwordRules}
        error={form.error('password')}
        required
      />
      <Field
        name="confirm"
        type="password"
        label={m.confirmPassword}
        autoComplete="new-password"
        error={form.error('confirm')}
        required
      />
    </>
  );
}
