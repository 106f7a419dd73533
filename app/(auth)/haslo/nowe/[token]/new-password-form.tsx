'use client';
import Link from 'next/link';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { resetPassword } from '@/lib/actions/auth/reset-password';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function NewPasswordForm({ token }: { token: string }) {
  const locale = useLocale();
  const m = messages(locale);
  const f = useFormAction(resetPassword);
  const { state } = f;
  if (f.ok) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <Link href="/logowanie" className="btn-primary">
          {m.nav.login}
        </Link>
      </div>
    );
  }
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields form={f} />
      <SubmitButton>{m.auth.newPasswordSubmit}</SubmitButton>
    </form>
  );
}
