import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { currentTime } from '@/lib/clock/clock';
import { warsawToday } from '@/lib/billing/rules/days';
import { messages } from '@/lib/i18n';
import { schoolYearOf } from '@/lib/centres/groups/classes';
import { groupYears, panelCentres, panelGroups } from '@/lib/centres/panel/queries';
import { PANEL_CENTRE_GROUPS_PATH, PANEL_CENTRES_PATH } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { CentreGroupsTable } from '@/components/centres/panel/groups-table';
import { GroupFilters } from '@/components/centres/panel/group-filters';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).centresPanel.groups.title) };
}

// A school year's groups (?rok=2026&centrum=<id>): this school year unless another is chosen.
export default async function PanelCentreGroupsPage({
  searchParams,
}: {
  searchParams: Promise<{ rok?: string; centrum?: string }>;
}) {
  const locale = await currentLocale();
  const user = await requirePermission('panel:centres', PANEL_CENTRE_GROUPS_PATH);
  const { rok, centrum } = await searchParams;
  const [years, centres] = await Promise.all([groupYears(), panelCentres()]);
  const year =
    years.find((y) => String(y) === rok) ?? (rok === '' ? undefined : schoolYearOf(warsawToday(currentTime())));
  const centreId = centres.find((c) => c.id === centrum)?.id;
  const m = messages(locale).centresPanel;
  return (
    <div className="space-y-4">
      <PageHeader
        title={m.groups.title}
        intro={m.groups.intro}
        back={{ href: PANEL_CENTRES_PATH, label: m.back }}
        actions={
          can(user.roles, 'centres:manage') && (
            <Link href={`${PANEL_CENTRE_GROUPS_PATH}/nowa`} className="btn-primary">
              {m.groups.newGroup}
            </Link>
          )
        }
      />
      <GroupFilters years={years} centres={centres} chosen={{ year, centreId }} />
      <CentreGroupsTable rows={await panelGroups({ year, centreId })} />
    </div>
  );
}
