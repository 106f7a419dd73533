import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { safeRedirect } from '@/lib/url';
import { landingAfterLogin } from '@/lib/panel/landing';
import { LoginForm } from './login-form';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).auth.loginTitle };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const locale = await currentLocale();
  const m = messages(locale);
  const params = await searchParams;
  const next = safeRedirect(params.next);
  const user = await currentUser();
  if (user) redirect(landingAfterLogin(user.roles, params.next));
  return (
    <div className="mx-auto max-w-md">
      <div className="card space-y-6">
        <h1 className="h1">{m.auth.loginTitle}</h1>
        {params.wylogowano && (
          <Notice tone="info" role="status" small>
            {m.auth.loggedOut}
          </Notice>
        )}
        <LoginForm next={next} />
        <div className="space-y-2 text-sm">
          <p>
            <Link href="/haslo/reset" className="link">
              {m.auth.forgot}
            </Link>
          </p>
          <p>
            {m.auth.noAccount}{' '}
            <Link href={`/rejestracja?next=${encodeURIComponent(next)}`} className="link">
              {m.nav.register}
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
