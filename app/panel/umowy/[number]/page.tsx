import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { pageParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { staffContractPage } from '@/lib/billing/queries/staff-page';
import { PANEL_CONTRACTS_PATH } from '@/lib/billing/queries/paths';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { StatusBadge } from '@/components/billing/labels';
import { StaffContractFacts } from '@/components/billing/staff/contract-facts';
import { StaffCharges } from '@/components/billing/staff/charges';
import { ContractHistory } from '@/components/billing/staff/history';
import { ContractActions } from '@/components/billing/staff/actions';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).billingPanel.list.title) };
}

// One customer's contract for staff: facts, charges, history, and what staff may do about it.
export default async function StaffContractPage({
  params,
  searchParams,
}: {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ wynik?: string }>;
}) {
  const locale = await currentLocale();
  const { number } = pageParams(await params);
  const user = await requirePermission('panel:contracts', `/panel/umowy/${number}`);
  const page = await staffContractPage(number);
  if (!page) notFound();
  const t = messages(locale).billingPanel.detail;
  const outcome = messages(locale).billingPanel.outcome[(await searchParams).wynik ?? ''];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t.title(page.contract.number)}
        back={{ href: PANEL_CONTRACTS_PATH, label: t.back }}
        actions={<StatusBadge status={page.contract.status} />}
      />
      {outcome && (
        <Notice tone="success" role="status">
          {outcome}
        </Notice>
      )}
      <StaffContractFacts contract={page.contract} />
      <StaffCharges charges={page.charges} />
      <ContractActions page={page} manage={can(user.roles, 'contracts:manage')} />
      <ContractHistory history={page.history} emails={page.emails} />
    </div>
  );
}
