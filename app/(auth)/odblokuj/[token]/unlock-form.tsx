'use client';
// The one button of the unlock page; after it, a way to the log-in page.
import Link from 'next/link';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { unlockAccount } from '@/lib/actions/auth/unlock-account';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function UnlockForm({ token }: { token: string }) {
  const locale = useLocale();
  const m = messages(locale);
  const f = useFormAction(unlockAccount);
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={f.state} />
      {f.ok ? (
        <Link href="/logowanie" className="btn-primary">
          {m.nav.login}
        </Link>
      ) : (
        <>
          <p>{m.auth.unlockIntro}</p>
          <input type="hidden" name="token" value={token} />
          <SubmitButton>{m.auth.unlockSubmit}</SubmitButton>
        </>
      )}
    </form>
  );
}
