// The overdue list for staff: each open charge past its due date with the contract, payer, the
// days overdue and what is owed.
import Link from 'next/link';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { daysBetween, toPay } from '@/lib/billing/queries/charge-state';
import { panelContractPath } from '@/lib/billing/queries/paths';
import type { overdueCharges } from '@/lib/billing/queries/staff';
import { ScrollTable } from '@/components/forms/scroll-table';
import { StatusBadge } from '@/components/billing/labels';
import { currentLocale } from '@/lib/locale/current';

type Row = Awaited<ReturnType<typeof overdueCharges>>[number];

export async function OverdueTable({ rows, today }: { rows: Row[]; today: Date }) {
  const locale = await currentLocale();
  const t = messages(locale).billingPanel.overdue;
  return (
    <ScrollTable label={t.title} cards className="card p-0">
      <table className="table" data-testid="overdue">
        <thead>
          <tr>
            <th>{t.colContract}</th>
            <th>{t.colPayer}</th>
            <th>{t.colCharge}</th>
            <th>{t.colDue}</th>
            <th className="sm:text-right">{t.colDays}</th>
            <th className="sm:text-right">{t.colAmount}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <div>
                  <Link className="link whitespace-nowrap" href={panelContractPath(r.contract.number)}>
                    {r.contract.number}
                  </Link>
                  <span className="mt-1 block">
                    <StatusBadge status={r.contract.status} />
                  </span>
                </div>
              </td>
              <td>
                <div>
                  {r.contract.payer.firstName} {r.contract.payer.lastName}
                  <span className="block text-xs text-slate-600">{r.contract.payer.email}</span>
                </div>
              </td>
              <td>
                <div>
                  {r.label}
                  <span className="block text-xs text-slate-600">{r.contract.offer.title}</span>
                </div>
              </td>
              <td className="whitespace-nowrap">{formatDate(r.dueDate, locale)}</td>
              <td className="sm:text-right font-semibold">{daysBetween(r.dueDate, today)}</td>
              <td className="whitespace-nowrap sm:text-right">{formatMoney(toPay(r), r.currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
