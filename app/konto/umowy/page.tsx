import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { myContracts } from '@/lib/billing/queries/payer';
import { chargeState, toPay, warsawDay } from '@/lib/billing/queries/charge-state';
import { ACCOUNT_CONTRACTS_PATH, OFFERS_PATH, accountContractPath } from '@/lib/billing/queries/paths';
import { PageHeader } from '@/components/forms/page-header';
import { ScrollTable } from '@/components/forms/scroll-table';
import { StatusBadge } from '@/components/billing/labels';

export const metadata: Metadata = { title: messages().billingAccount.list.title };

// The payer's contracts with the next payment of each.
export default async function MyContractsPage() {
  const user = await requirePermission('orders:read-own', ACCOUNT_CONTRACTS_PATH);
  const t = messages().billingAccount.list;
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
        <ScrollTable label={t.title} cards className="card p-0">
          <table className="table">
            <thead>
              <tr>
                <th>{t.colNumber}</th>
                <th>{t.colWho}</th>
                <th>{t.colState}</th>
                <th>{t.colNext}</th>
              </tr>
            </thead>
            <tbody>
              {contracts.map((c) => {
                const next = c.charges[0];
                const state = next && chargeState(next, today);
                return (
                  <tr key={c.id} data-testid="my-contract">
                    <td>
                      <div>
                        <Link className="link font-medium" href={accountContractPath(c.number)}>
                          {c.offer.title}
                        </Link>
                        <span className="block text-xs text-slate-600">{c.number}</span>
                      </div>
                    </td>
                    <td>
                      <div>
                        {c.beneficiary.firstName} {c.beneficiary.lastName}
                      </div>
                    </td>
                    <td>
                      <div>
                        <StatusBadge status={c.status} />
                      </div>
                    </td>
                    <td>
                      <div>
                        {!next
                          ? t.nothingDue
                          : state?.kind === 'overdue'
                            ? t.overdue(formatMoney(toPay(next), next.currency), state.days)
                            : t.next(formatMoney(toPay(next), next.currency), formatDate(next.dueDate))}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
