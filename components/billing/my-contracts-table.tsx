// The payer's contracts: what each is for, who studies, its state and the next payment (or how
// long the oldest one is overdue).
import Link from 'next/link';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import type { myContracts } from '@/lib/billing/queries/payer';
import { chargeState, toPay } from '@/lib/billing/queries/charge-state';
import { accountContractPath } from '@/lib/billing/queries/paths';
import { ScrollTable } from '@/components/forms/scroll-table';
import { StatusBadge } from './labels';
import { currentLocale } from '@/lib/locale/current';

type Row = Awaited<ReturnType<typeof myContracts>>[number];

export async function MyContractsTable({ contracts, today }: { contracts: Row[]; today: Date }) {
  const locale = await currentLocale();
  const t = messages(locale).billingAccount.list;
  return (
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
                    <Link className="link font-medium" href={accountContractPath(c.number)} lang="pl">
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
                        ? t.overdue(formatMoney(toPay(next), next.currency, locale), state.days)
                        : t.next(formatMoney(toPay(next), next.currency, locale), formatDate(next.dueDate, locale))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
