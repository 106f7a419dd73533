import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { safeRedirect } from '@/lib/url';
import { needsFirstLoginChoice } from '@/lib/groups/accounts/first-login';
import { landingAfterLogin } from '@/lib/panel/landing';
import { messages } from '@/lib/i18n';
import { FirstLoginForms } from './first-login-forms';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).auth.firstLoginPage };
}

// Every sign-in passes through here; only people whose password was issued by someone else stay.
export default async function FirstLoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const { next: raw } = await searchParams;
  // A participant signing in from the home page lands on their courses.
  const next = raw && raw !== '/' ? safeRedirect(raw, '/moje-kursy') : '/moje-kursy';
  const user = await requireUser(`/konto/pierwsze-logowanie?next=${encodeURIComponent(next)}`);
  if (!(await needsFirstLoginChoice(user.id))) redirect(landingAfterLogin(user.roles, raw));
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="card space-y-3">
        <h1 className="h1">{m.groups.firstLoginTitle}</h1>
        <p>{user.roles.includes('CHILD') ? m.families.firstLoginIntroChild : m.groups.firstLoginIntro}</p>
      </div>
      <FirstLoginForms next={next} />
    </div>
  );
}
