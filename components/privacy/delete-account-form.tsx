'use client';
// "Usuń konto": the password again and an explicit "I understand", then the deletion.
import { CheckboxField, Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { deleteAccount } from '@/lib/actions/privacy/delete-account';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function DeleteAccountForm() {
  const locale = useLocale();
  const t = messages(locale).privacy.delete;
  const f = useFormAction(deleteAccount);
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={f.state} />
      <Field
        name="password"
        type="password"
        label={t.password}
        hint={t.passwordHint}
        autoComplete="current-password"
        error={f.error('password')}
        required
      />
      <CheckboxField name="confirm" label={t.confirm} error={f.error('confirm')} />
      <SubmitButton className="btn-danger">{t.submit}</SubmitButton>
    </form>
  );
}
