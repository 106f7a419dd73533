import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { panelSummary } from '@/lib/panel/summary';
import { panelNavigation } from '@/lib/staff/navigation';
import { messages } from '@/lib/i18n';

export const metadata: Metadata = { title: messages().nav.panel };

export default async function PanelHome() {
  const user = await requirePermission('panel:view', '/panel');
  const m = messages();
  const s = await panelSummary();
  // Each count only for those whose roles open the page it counts.
  const tiles = [
    { label: m.panel.home.accounts, value: s.users, show: can(user.roles, 'panel:users') },
    { label: m.nav.courses, value: s.courses, show: can(user.roles, 'panel:courses') },
    { label: m.panel.home.mailToday, value: s.mailToday, show: can(user.roles, 'panel:mailbox') },
  ].filter((t) => t.show);
  const pages = panelNavigation(user.roles).filter((l) => l.href !== '/panel');
  return (
    <div className="space-y-6">
      <h1 className="h1">{m.panel.title}</h1>
      {tiles.length > 0 && (
        <ul className="grid gap-4 sm:grid-cols-3">
          {tiles.map((t) => (
            <li key={t.label} className="card">
              <p className="text-sm text-slate-600">{t.label}</p>
              <p className="text-3xl font-bold">{t.value}</p>
            </li>
          ))}
        </ul>
      )}
      {pages.length === 0 && <p className="muted">{m.staff.nothingYet}</p>}
      {pages.length > 0 && (
        <p className="muted">
          {m.staff.yourPages}{' '}
          {pages.map((p, i) => (
            <span key={p.href}>
              {i > 0 && ', '}
              <Link className="link" href={p.href}>
                {p.label}
              </Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
