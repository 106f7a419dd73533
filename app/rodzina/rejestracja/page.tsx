import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { countryOptions } from '@/lib/families/rules/countries';
import { messages } from '@/lib/i18n';
import { ParentRegisterForm } from './parent-register-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).families.registerTitle };
}

export default async function ParentRegisterPage() {
  const locale = await currentLocale();
  const m = messages(locale);
  const user = await currentUser();
  if (user && can(user.roles, 'families:manage-own')) redirect('/rodzina');
  if (user) {
    return (
      <div className="card mx-auto max-w-xl space-y-3">
        <h1 className="h1">{m.families.registerTitle}</h1>
        <p>{m.families.signedInOther}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl">
      <div className="card space-y-6">
        <h1 className="h1">{m.families.registerTitle}</h1>
        <p className="text-slate-700">{m.families.registerIntro}</p>
        <ParentRegisterForm countries={countryOptions(locale).map((c) => ({ ...c }))} />
        <p className="text-sm">
          {m.auth.haveAccount}{' '}
          <Link href="/logowanie?next=%2Frodzina" className="link">
            {m.nav.login}
          </Link>
        </p>
      </div>
    </div>
  );
}
