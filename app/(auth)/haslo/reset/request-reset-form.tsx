'use client';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { requestPasswordReset } from '@/lib/actions/auth/request-password-reset';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function RequestResetForm() {
  const locale = useLocale();
  const m = messages(locale);
  const f = useFormAction(requestPasswordReset);
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={f.state} />
      <Field
        name="email"
        type="email"
        label={m.auth.email}
        autoComplete="email"
        defaultValue={f.value('email')}
        error={f.error('email')}
        required
      />
      <SubmitButton>{m.auth.resetSubmit}</SubmitButton>
    </form>
  );
}
