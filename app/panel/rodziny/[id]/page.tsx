// One family for staff: the parent, the children with their classes and packages, the orders,
// and the family's history from the audit log (class changes, refunds of its orders).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { familyAuditObjects, familyForStaff } from '@/lib/families/staff-family';
import { schoolYearForPurchase } from '@/lib/families/rules/school-year';
import { currentTime } from '@/lib/clock/clock';
import { objectHistory } from '@/lib/audit/history';
import { AuditHistory } from '@/components/audit/history';
import { StaffFamily } from '@/components/families/staff-family';
import { PageHeader } from '@/components/forms/page-header';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).families.panelNav) };
}
export const dynamic = 'force-dynamic';

export default async function StaffFamilyPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  await requirePermission('panel:families', '/panel/rodziny');
  const family = await familyForStaff(pageParams(await params).id);
  if (!family) notFound();
  const history = await objectHistory(familyAuditObjects(family), locale);
  const t = messages(locale).panel.families.family;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t.title(`${family.firstName} ${family.lastName}`)}
        back={{ href: '/panel/rodziny', label: t.back }}
      />
      <StaffFamily family={family} year={schoolYearForPurchase(currentTime())} />
      <AuditHistory rows={history} />
    </div>
  );
}
