import type { Metadata } from 'next';
import Link from 'next/link';
import { isResetTokenUsable } from '@/lib/auth/accounts';
import { messages } from '@/lib/i18n';
import { NewPasswordForm } from './new-password-form';

export const metadata: Metadata = { title: 'Nowe hasło', referrer: 'no-referrer' };

export default async function NewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const m = messages();
  const { token } = await params;
  const usable = await isResetTokenUsable(token);
  return (
    <div className="mx-auto max-w-md">
      <div className="card space-y-4">
        <h1 className="h1">{m.auth.newPasswordTitle}</h1>
        {usable ? (
          <NewPasswordForm token={token} />
        ) : (
          <>
            <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
              {m.auth.tokenInvalid}
            </p>
            <Link href="/haslo/reset" className="link">
              {m.auth.resetSubmit}
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
