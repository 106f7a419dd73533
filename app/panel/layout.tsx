import Link from 'next/link';
import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/auth/session';
import { panelNavigation } from '@/lib/staff/navigation';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

// Staff only: anonymous visitors go to the login page, everyone else gets 404.
// Each panel page checks its own permission too; this layout is not the only gate, and the
// navigation lists only what the person's roles open (lib/staff/navigation.ts).
export default async function PanelLayout({ children }: { children: ReactNode }) {
  const locale = await currentLocale();
  const user = await requirePermission('panel:view', '/panel');
  const m = messages(locale);
  return (
    <div className="grid gap-6 md:grid-cols-[200px_1fr]">
      <nav aria-label={m.nav.panel} className="flex flex-row flex-wrap gap-2 md:flex-col">
        {panelNavigation(user.roles, locale).map((item) => (
          <Link key={item.href} href={item.href} className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-white">
            {item.label}
          </Link>
        ))}
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
