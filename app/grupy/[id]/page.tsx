import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { groupPage } from '@/lib/groups/group-page';
import { messages } from '@/lib/i18n';
import { GroupOverview } from '@/components/groups/group-overview';
import { GroupDashboard } from '@/components/groups/dashboard/group-dashboard';
import { AgreementStep, PurchaseStep } from '@/components/groups/group-agreement-step';
import { AccountsStep, ListStep } from '@/components/groups/group-list-step';
import { LearningStep, ReportStep } from '@/components/groups/group-learning-step';
import { ParticipantsSection } from '@/components/groups/participants-section';
import { ControllerSection } from '@/components/groups/controller-section';
import { pageParams } from '@/lib/http/ids';
import { can } from '@/lib/auth/permissions';
import { objectHistory } from '@/lib/audit/history';
import { AuditHistory } from '@/components/audit/history';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).groups.groupPageTitle };
}

export default async function GroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ utworzono?: string; odrzucono?: string }>;
}) {
  const { id } = pageParams(await params);
  const user = await requirePermission('groups:manage-own', `/grupy/${id}`);
  const page = await groupPage(user, id, await searchParams, await currentLocale());
  if (!page) notFound();
  // Staff see who decided what about the group (agreement, report); the company does not.
  const history = can(user.roles, 'panel:groups') ? await objectHistory([{ type: 'group', id }]) : null;
  return (
    <div className="space-y-6">
      <GroupOverview page={page} />
      <GroupDashboard dashboard={page.dashboard} />
      <PurchaseStep page={page} />
      <AgreementStep page={page} />
      <ListStep page={page} />
      <AccountsStep page={page} />
      <LearningStep page={page} />
      <ParticipantsSection viewer={user} groupId={id} />
      <ReportStep page={page} />
      <ControllerSection viewer={user} groupId={id} />
      {history && <AuditHistory rows={history} />}
    </div>
  );
}
