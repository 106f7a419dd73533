import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { myContracts } from '@/lib/billing/queries/payer';
import { warsawDay } from '@/lib/billing/queries/charge-state';
import { ACCOUNT_CONTRACTS_PATH, OFFERS_PATH } from '@/lib/billing/queries/paths';
import { PageHeader } from '@/components/forms/page-header';
import { MyContractsTable } from '@/components/billing/my-contracts-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).billingAccount.list.title };
}

// The payer's contracts with the next payment of each.
export default async function MyContractsPage() {
  const locale = await currentLocale();
  const user = await requirePermission('orders:read-own', ACCOUNT_CONTRACTS_PATH);
  const t = messages(locale).billingAccount.list;
  const [contracts, today] = [await myContracts(user.id), warsawDay(currentTime())];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          <Link href={OFFERS_PATH} className="btn-secondary">
            {t.offersLink}
          </Link>
        }
      />
      {contracts.length === 0 ? (
        <p className="card">{t.none}</p>
      ) : (
        <MyContractsTable contracts={contracts} today={today} />
      )}
    </div>
  );
}
