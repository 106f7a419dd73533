import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { overdueCharges } from '@/lib/billing/queries/staff';
import { daysBetween, toPay, warsawDay } from '@/lib/billing/queries/charge-state';
import { PANEL_CONTRACTS_PATH, PANEL_OVERDUE_PATH, panelContractPath } from '@/lib/billing/queries/paths';
import { PageHeader } from '@/components/forms/page-header';
import { ScrollTable } from '@/components/forms/scroll-table';
import { StatusBadge } from '@/components/billing/labels';

export const metadata: Metadata = { title: messages().panel.pageTitle(messages().billingPanel.overdue.title) };

// Open charges past their due date, oldest first, with the days overdue.
export default async function OverduePage() {
  await requirePermission('panel:contracts', PANEL_OVERDUE_PATH);
  const today = warsawDay(currentTime());
  const rows = await overdueCharges(today);
  const t = messages().billingPanel.overdue;
  const byCurrency = new Map<string, number>();
  for (const r of rows) byCurrency.set(r.currency, (byCurrency.get(r.currency) ?? 0) + toPay(r));
  return (
    <div className="space-y-4">
      <PageHeader title={t.title} intro={t.intro} back={{ href: PANEL_CONTRACTS_PATH, label: t.back }} />
      {rows.length === 0 ? (
        <p className="card muted">{t.none}</p>
      ) : (
        <>
          <p className="text-sm font-medium">
            {t.total([...byCurrency].map(([cur, sum]) => formatMoney(sum, cur)).join(' + '), rows.length)}
          </p>
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
                    <td className="whitespace-nowrap">{formatDate(r.dueDate)}</td>
                    <td className="sm:text-right font-semibold">{daysBetween(r.dueDate, today)}</td>
                    <td className="whitespace-nowrap sm:text-right">{formatMoney(toPay(r), r.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </div>
  );
}
