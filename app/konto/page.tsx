import type { Metadata } from 'next';
import { currentSession, requirePermission } from '@/lib/auth/session';
import { activeSessions } from '@/lib/auth/sessions';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { ChangePasswordForm } from './change-password-form';
import { SessionsList } from './sessions-list';

export const metadata: Metadata = { title: messages().nav.account };

export default async function AccountPage() {
  const m = messages();
  const user = await requirePermission('account:manage-own', '/konto');
  const sessions = await activeSessions(user.id, (await currentSession())?.sessionId ?? null);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className="card space-y-3" aria-labelledby="konto-h">
        <h1 id="konto-h" className="h1">
          {m.account.title}
        </h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">{m.account.fullName}</dt>
          <dd>
            {user.firstName} {user.lastName}
          </dd>
          <dt className="font-medium">{m.auth.email}</dt>
          <dd>{user.email ?? '—'}</dd>
          <dt className="font-medium">{m.account.login}</dt>
          <dd>{user.login ?? '—'}</dd>
          <dt className="font-medium">{m.account.roles}</dt>
          <dd>{user.roles.map((r) => ROLE_LABELS[r]).join(', ')}</dd>
        </dl>
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
