import type { Metadata } from 'next';
import Link from 'next/link';
import { isResetTokenUsable } from '@/lib/auth/accounts';
import { messages } from '@/lib/i18n';
import { NewPasswordForm } from './new-password-form';
import { Notice } from '@/components/forms/notice';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).auth.newPassword, referrer: 'no-referrer' };
}

export default async function NewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const { token } = pageParams(await params);
  const usable = await isResetTokenUsable(token);
  return (
    <div className="mx-auto max-w-md">
      <div className="card space-y-4">
        <h1 className="h1">{m.auth.newPasswordTitle}</h1>
        {usable ? (
          <NewPasswordForm token={token} />
        ) : (
          <>
            <Notice tone="error" role="alert" small>
              {m.auth.tokenInvalid}
            </Notice>
            <Link href="/haslo/reset" className="link">
              {m.auth.resetSubmit}
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
