import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { panelSummary } from '@/lib/panel/summary';
import { messages } from '@/lib/i18n';

export const metadata: Metadata = { title: messages().nav.panel };

export default async function PanelHome() {
  await requirePermission('panel:view', '/panel');
  const m = messages();
  const s = await panelSummary();
  const tiles = [
    { label: m.panel.home.accounts, value: s.users },
    { label: m.nav.courses, value: s.courses },
    { label: m.panel.home.mailToday, value: s.mailToday },
  ];
  return (
    <div className="space-y-6">
      <h1 className="h1">{m.panel.title}</h1>
      <ul className="grid gap-4 sm:grid-cols-3">
        {tiles.map((t) => (
          <li key={t.label} className="card">
            <p className="text-sm text-slate-600">{t.label}</p>
            <p className="text-3xl font-bold">{t.value}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
