'use client';
// The page the new address's link opens: one button, so following the link alone changes nothing.
import Link from 'next/link';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { confirmEmail } from '@/lib/actions/privacy/confirm-email';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function ConfirmEmailForm({ token }: { token: string }) {
  const locale = useLocale();
  const t = messages(locale).privacy.email;
  const f = useFormAction(confirmEmail);
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={f.state} />
      <input type="hidden" name="token" value={token} />
      {f.ok ? (
        <Link href="/konto" className="btn-primary inline-block">
          {t.toAccount}
        </Link>
      ) : (
        <SubmitButton className="btn-primary">{t.confirmButton}</SubmitButton>
      )}
    </form>
  );
}
