import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { roleLabel, STAFF_ROLES } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { staffList } from '@/lib/staff/team';
import { PageHeader } from '@/components/forms/page-header';
import { InviteForm } from '@/components/staff/invite-form';
import { TeamList } from '@/components/staff/team-list';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).staff.team.title) };
}
export const dynamic = 'force-dynamic';

// Administrators only: the staff, their roles, and invitations (lib/staff/team.ts).
export default async function TeamPage() {
  const locale = await currentLocale();
  const user = await requirePermission('panel:staff', '/panel/zespol');
  const m = messages(locale);
  const members = await staffList();
  const roles = STAFF_ROLES.map((r) => ({ value: r, label: roleLabel(r, locale), hint: m.staff.roleHints[r] }));
  return (
    <div className="space-y-6">
      <PageHeader title={m.staff.team.title} intro={m.staff.team.intro} />
      <TeamList members={members} viewerId={user.id} />
      <InviteForm roles={roles} />
    </div>
  );
}
