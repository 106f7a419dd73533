// /panel/zespol's list: each colleague with their roles, and one button per staff role to grant
// or revoke it (the service refuses the last administrator's removal whatever the page shows).
import { ActionForm } from '@/components/forms/action-form';
import { changeRole } from '@/lib/actions/staff/team';
import { roleLabel, STAFF_ROLES } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { StaffMember } from '@/lib/staff/team';
import { currentLocale } from '@/lib/locale/current';

export async function TeamList({ members, viewerId }: { members: StaffMember[]; viewerId: string }) {
  const locale = await currentLocale();
  const t = messages(locale).staff.team;
  return (
    <ul className="space-y-3" aria-label={t.listLabel}>
      {members.map((p) => (
        <li key={p.id} className="card space-y-2" data-testid="staff-member" data-login={p.login ?? ''}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold">
              {p.name} {p.id === viewerId && <span className="muted">{t.you}</span>}
              {p.blocked && <span className="ml-2 text-sm text-red-700">{t.blocked}</span>}
            </p>
            <p className="text-sm text-slate-600">
              {t.colLastLogin}: {p.lastLoginAt ? formatDateTime(p.lastLoginAt, locale) : t.never}
            </p>
          </div>
          <p className="break-all text-sm text-slate-700">{[p.email, p.login].filter(Boolean).join(' · ')}</p>
          <p className="text-sm">
            <span className="font-medium">{t.colRoles}:</span> {p.roles.map((r) => roleLabel(r, locale)).join(', ')}
          </p>
          <details className="group">
            <summary className="link cursor-pointer text-sm">{t.changeRoles}</summary>
            <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label={`${t.changeRoles}: ${p.name}`}>
              {STAFF_ROLES.map((role) => {
                const has = p.roles.includes(role);
                return (
                  <ActionForm
                    key={role}
                    action={changeRole}
                    hidden={{ userId: p.id, role, grant: has ? 'no' : 'yes' }}
                    submit={has ? t.revoke(roleLabel(role, locale)) : t.grant(roleLabel(role, locale))}
                    className="inline"
                    buttonClass={has ? 'btn-danger text-sm' : 'btn-secondary text-sm'}
                  />
                );
              })}
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
