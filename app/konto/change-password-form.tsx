'use client';
import { Field } from '@/components/forms/field';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { changePassword } from '@/lib/actions/auth/change-password';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function ChangePasswordForm() {
  const locale = useLocale();
  const m = messages(locale);
  const f = useFormAction(changePassword);
  const { state } = f;
  return (
    // Changing the password ends the other sessions only: this device stays signed in.
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field
        name="current"
        type="password"
        label={m.auth.currentPassword}
        autoComplete="current-password"
        error={f.error('current')}
        required
      />
      <NewPasswordFields form={f} />
      <SubmitButton className="btn-primary">{m.auth.changeSubmit}</SubmitButton>
    </form>
  );
}
