// The staff's contract list: number, payer, product, state and the overdue amount with its age.
import Link from 'next/link';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { daysBetween, toPay } from '@/lib/billing/queries/charge-state';
import { panelContractPath } from '@/lib/billing/queries/paths';
import { ScrollTable } from '@/components/forms/scroll-table';
import { StatusBadge } from '@/components/billing/labels';
import type { staffContracts } from '@/lib/billing/queries/staff';
import { currentLocale } from '@/lib/locale/current';

type Row = Awaited<ReturnType<typeof staffContracts>>[number];

export async function StaffContractsTable({ rows, today }: { rows: Row[]; today: Date }) {
  const locale = await currentLocale();
  const t = messages(locale).billingPanel.list;
  if (rows.length === 0) return <p className="card muted">{t.none}</p>;
  return (
    <ScrollTable label={t.title} cards className="card p-0">
      <table className="table" data-testid="staff-contracts">
        <thead>
          <tr>
            <th>{t.colNumber}</th>
            <th>{t.colPayer}</th>
            <th>{t.colOffer}</th>
            <th>{t.colState}</th>
            <th className="sm:text-right">{t.colOverdue}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const owed = c.charges.reduce((s, x) => s + toPay(x), 0);
            return (
              <tr key={c.id}>
                <td>
                  <div>
                    <Link className="link whitespace-nowrap" href={panelContractPath(c.number)}>
                      {c.number}
                    </Link>
                  </div>
                </td>
                <td>
                  <div>
                    {c.payer.firstName} {c.payer.lastName}
                    <span className="block text-xs text-slate-600">{c.payer.email}</span>
                  </div>
                </td>
                <td>{c.offer.title}</td>
                <td>
                  <div>
                    <StatusBadge status={c.status} />
                  </div>
                </td>
                <td className="whitespace-nowrap sm:text-right">
                  <div>
                    {c.charges[0]
                      ? t.overdueCell(formatMoney(owed, c.currency, locale), daysBetween(c.charges[0].dueDate, today))
                      : '—'}
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
