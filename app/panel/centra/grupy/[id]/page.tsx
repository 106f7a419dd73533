import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { currentTime } from '@/lib/clock/clock';
import { warsawDay } from '@/lib/billing/queries/charge-state';
import { messages } from '@/lib/i18n';
import { panelGroup } from '@/lib/centres/panel/queries';
import { centreGroupPath, PANEL_CENTRE_GROUPS_PATH, panelCentreGroupPath } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { GroupChildren, GroupFacts, GroupSessions } from '@/components/centres/panel/group-view';
import { CancelGroupForm } from '@/components/centres/cancel-group-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).centresPanel.group.facts) };
}

// One group: facts, class dates, the children enrolled with their contracts and payments.
export default async function PanelCentreGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = await params;
  const user = await requirePermission('panel:centres', panelCentreGroupPath(id));
  const group = await panelGroup(id);
  if (!group) notFound();
  const { facts, enrolled, others } = group;
  const now = currentTime();
  const m = messages(locale).centresPanel;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${facts.programme.name} — ${facts.centre.name}`}
        intro={`${m.form.yearLabel(facts.schoolYear)} · ${m.groups.when(messages(locale).livePanel.weekdays[facts.weekday], facts.startTime)}`}
        back={{ href: `${PANEL_CENTRE_GROUPS_PATH}?rok=${facts.schoolYear}`, label: m.groups.title }}
        actions={
          <Link href={centreGroupPath(facts.id)} prefetch={false} className="btn-secondary">
            {m.group.publicPage}
          </Link>
        }
      />
      <GroupFacts facts={facts} enrolled={enrolled.length} />
      <GroupChildren rows={enrolled} today={warsawDay(now)} title={m.group.children} />
      {others.length > 0 && <GroupChildren rows={others} today={warsawDay(now)} title={m.group.others} />}
      <GroupSessions sessions={facts.sessions} now={now} />
      {can(user.roles, 'centres:manage') && (
        <section className="card space-y-3 border-red-200" data-testid="cancel-group">
          <CancelGroupForm centreGroupId={facts.id} cancelled={Boolean(facts.cancelledAt)} />
        </section>
      )}
    </div>
  );
}
