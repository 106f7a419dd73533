import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { safeRedirect } from '@/lib/url';
import { messages } from '@/lib/i18n';
import { RegisterForm } from './register-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).auth.registerTitle };
}

export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const locale = await currentLocale();
  const m = messages(locale);
  const next = safeRedirect((await searchParams).next);
  if (await currentUser()) redirect(next);
  return (
    <div className="mx-auto max-w-md">
      <div className="card space-y-6">
        <h1 className="h1">{m.auth.registerTitle}</h1>
        <RegisterForm next={next} />
        <p className="text-sm">
          <Link href="/rodzina/rejestracja" className="link">
            {m.families.parentRegisterLink}
          </Link>
        </p>
        <p className="text-sm">
          {m.auth.haveAccount}{' '}
          <Link href={`/logowanie?next=${encodeURIComponent(next)}`} className="link">
            {m.nav.login}
          </Link>
        </p>
      </div>
    </div>
  );
}
