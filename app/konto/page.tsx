import type { Metadata } from 'next';
import { currentSession, requirePermission } from '@/lib/auth/session';
import { activeSessions } from '@/lib/auth/sessions';
import { roleLabel } from '@/lib/auth/permissions';
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { ownProfile } from '@/lib/privacy/profile/profile';
import { EmailChangeForm, ProfileForm } from '@/components/privacy/profile-forms';
import { PrivacyLinks } from '@/components/privacy/privacy-links';
import { ChangePasswordForm } from './change-password-form';
import { SessionsList } from './sessions-list';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).nav.account };
}

export default async function AccountPage() {
  const locale = await currentLocale();
  const m = messages(locale);
  const user = await requirePermission('account:manage-own', '/konto');
  const [sessions, profile] = await Promise.all([
    activeSessions(user.id, (await currentSession())?.sessionId ?? null),
    ownProfile(user.id, currentTime()),
  ]);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className="card space-y-3" aria-labelledby="konto-h">
        <h1 id="konto-h" className="h1">
          {m.account.title}
        </h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">{m.account.fullName}</dt>
          <dd>
            {profile.firstName} {profile.lastName}
          </dd>
          <dt className="font-medium">{m.auth.email}</dt>
          <dd className="break-all">{profile.email ?? '—'}</dd>
          <dt className="font-medium">{m.account.login}</dt>
          <dd>{profile.login ?? '—'}</dd>
          <dt className="font-medium">{m.account.roles}</dt>
          <dd>{user.roles.map((r) => roleLabel(r, locale)).join(', ')}</dd>
        </dl>
      </section>
      <PrivacyLinks />
      <section className="card space-y-4" aria-labelledby="dane-h">
        <h2 id="dane-h" className="h2">
          {m.privacy.profile.title}
        </h2>
        <p className="text-sm">{m.privacy.profile.intro}</p>
        <ProfileForm profile={profile} />
      </section>
      <section className="card space-y-4" aria-labelledby="email-h">
        <h2 id="email-h" className="h2">
          {m.privacy.email.title}
        </h2>
        <EmailChangeForm profile={profile} />
      </section>
      <section className="card space-y-4" aria-labelledby="haslo-h">
        <h2 id="haslo-h" className="h2">
          {m.auth.changeTitle}
        </h2>
        <ChangePasswordForm />
      </section>
      <section className="card space-y-4 lg:col-span-2" aria-labelledby="sesje-h">
        <h2 id="sesje-h" className="h2">
          {m.auth.sessions.title}
        </h2>
        <SessionsList sessions={sessions} />
      </section>
    </div>
  );
}
