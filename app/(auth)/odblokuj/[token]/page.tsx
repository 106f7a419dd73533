// The page of the e-mailed unlock link: it shows a button rather than unlocking on GET, so a mail
// client's link preview cannot use the one-time token up.
import type { Metadata } from 'next';
import Link from 'next/link';
import { isUnlockTokenUsable } from '@/lib/auth/unlock';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { UnlockForm } from './unlock-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).auth.unlockTitle, referrer: 'no-referrer' };
}

export default async function UnlockPage({ params }: { params: Promise<{ token: string }> }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const { token } = await params;
  const usable = await isUnlockTokenUsable(token);
  return (
    <div className="mx-auto max-w-md">
      <div className="card space-y-4">
        <h1 className="h1">{m.auth.unlockTitle}</h1>
        {usable ? (
          <UnlockForm token={token} />
        ) : (
          <>
            <Notice tone="error" role="alert" small>
              {m.auth.unlockInvalid}
            </Notice>
            <Link href="/haslo/reset" className="link">
              {m.auth.forgot}
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
