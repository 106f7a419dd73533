import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { safeNext } from '@/lib/auth/redirects';
import { needsFirstLoginChoice } from '@/lib/groups/accounts/first-login';
import { groups as t } from '@/lib/i18n/pl/groups';
import { families } from '@/lib/i18n/pl/families';
import { FirstLoginForms } from './first-login-forms';

export const metadata: Metadata = { title: 'Pierwsze logowanie' };

// Every sign-in passes through here; only people whose password was issued by someone else stay.
export default async function FirstLoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next: raw } = await searchParams;
  // A participant signing in from the home page lands on their courses.
  const next = raw && raw !== '/' ? safeNext(raw, '/moje-kursy') : '/moje-kursy';
  const user = await requireUser(`/konto/pierwsze-logowanie?next=${encodeURIComponent(next)}`);
  if (!(await needsFirstLoginChoice(user.id))) redirect(safeNext(raw, '/'));
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="card space-y-3">
        <h1 className="h1">{t.firstLoginTitle}</h1>
        <p>{user.roles.includes('CHILD') ? families.firstLoginIntroChild : t.firstLoginIntro}</p>
      </div>
      <FirstLoginForms next={next} />
    </div>
  );
}
