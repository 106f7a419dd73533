import Link from 'next/link';
import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';

// Staff only: anonymous visitors go to the login page, everyone else gets 404.
// Each panel page checks its own permission too; this layout is not the only gate.
export default async function PanelLayout({ children }: { children: ReactNode }) {
  await requirePermission('panel:view', '/panel');
  const m = messages();
  return (
    <div className="grid gap-6 md:grid-cols-[200px_1fr]">
      <nav aria-label={m.nav.panel} className="flex flex-row flex-wrap gap-2 md:flex-col">
        <Link href="/panel" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.panel.title}
        </Link>
        <Link href="/panel/zamowienia" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.nav.orders}
        </Link>
        <Link href="/panel/faktury" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.ksef.panel.nav}
        </Link>
        <Link href="/panel/kursy" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.nav.courses}
        </Link>
        <Link href="/panel/rodziny" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.families.panelNav}
        </Link>
        <Link href="/panel/grupy" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.groups.staffList.nav}
        </Link>
        <Link href="/panel/umowy" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.panel.nav.agreements}
        </Link>
        <Link href="/panel/raporty" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.groups.reportsQueue}
        </Link>
        <Link href="/panel/reklamacje" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.support.panel.nav}
        </Link>
        <Link href="/panel/wnioski-rodo" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.privacy.requests.panel.nav}
        </Link>
        <Link href="/panel/poczta" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.panel.mailbox}
        </Link>
        <Link href="/panel/audyt" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
          {m.audit.list.nav}
        </Link>
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
