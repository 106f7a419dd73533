import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { staffDashboard } from '@/lib/panel/dashboard/dashboard';
import { messages } from '@/lib/i18n';
import { PageHeader } from '@/components/forms/page-header';
import { StaffDashboard } from '@/components/staff/dashboard/staff-dashboard';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).nav.panel };
}

// The staff home: where things stand, each block for the roles that open the pages it counts.
export default async function PanelHome() {
  const locale = await currentLocale();
  const user = await requirePermission('panel:view', '/panel');
  const view = await staffDashboard(user, locale);
  const m = messages(locale).panel;
  return (
    <div className="space-y-6">
      <PageHeader title={m.title} intro={m.dashboard.intro(view.asOf)} />
      <StaffDashboard view={view} />
    </div>
  );
}
