import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import type { ContractStatus } from '@/lib/db/generated/enums';
import { contractProducts, staffContracts, STAFF_LIST_LIMIT } from '@/lib/billing/queries/staff';
import { warsawDay } from '@/lib/billing/queries/charge-state';
import { PANEL_CONTRACTS_PATH, PANEL_OVERDUE_PATH, PANEL_STATEMENTS_PATH } from '@/lib/billing/queries/paths';
import { PageHeader } from '@/components/forms/page-header';
import { ContractFilters } from '@/components/billing/staff/contract-filters';
import { StaffContractsTable } from '@/components/billing/staff/contracts-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).billingPanel.list.title) };
}

const STATUSES: ContractStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED', 'ENDED', 'VOID'];

// Every customer's contract, filtered by state, product and overdue.
export default async function StaffContractsPage({
  searchParams,
}: {
  searchParams: Promise<{ stan?: string; produkt?: string; zalegle?: string; q?: string }>;
}) {
  const locale = await currentLocale();
  await requirePermission('panel:contracts', PANEL_CONTRACTS_PATH);
  const { stan, produkt, zalegle, q } = await searchParams;
  const status = STATUSES.find((s) => s === stan);
  const products = await contractProducts();
  const product = products.find((p) => p === produkt);
  const today = warsawDay(currentTime());
  const rows = await staffContracts({ status, product, overdue: zalegle === '1', q }, today);
  const t = messages(locale).billingPanel.list;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          <>
            <Link href={PANEL_OVERDUE_PATH} className="btn-secondary">
              {t.overdueLink}
            </Link>
            <Link href={PANEL_STATEMENTS_PATH} className="btn-secondary">
              {t.statementsLink}
            </Link>
          </>
        }
      />
      <ContractFilters
        statuses={STATUSES}
        products={products}
        chosen={{ status, product, overdue: zalegle === '1', q }}
      />
      <StaffContractsTable rows={rows} today={today} />
      {rows.length >= STAFF_LIST_LIMIT && <p className="muted text-sm">{t.limited(STAFF_LIST_LIMIT)}</p>}
    </div>
  );
}
