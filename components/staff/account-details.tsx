// The account page's first card: who the person is and whether they can log in.
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { StaffAccountPage } from '@/lib/staff/account-page';
import { currentLocale } from '@/lib/locale/current';

export async function AccountDetails({ user: u, roles }: { user: StaffAccountPage['user']; roles: string }) {
  const locale = await currentLocale();
  const m = messages(locale).staff.account;
  const state = u.blockedAt
    ? m.blockedSince(formatDateTime(u.blockedAt, locale))
    : u.disabledAt
      ? m.deactivated
      : m.active;
  const rows: [string, string][] = [
    [m.email, u.email ?? '—'],
    [m.login, u.login ?? '—'],
    [m.phone, u.phone ?? '—'],
    [m.roles, roles],
    [m.created, formatDateTime(u.createdAt, locale)],
    [m.lastLogin, u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : '—'],
    [m.state, state],
  ];
  return (
    <section className="card" aria-label={m.details}>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd className="break-all" data-testid={k === m.state ? 'account-state' : undefined}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
