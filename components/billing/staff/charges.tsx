// A contract's charges for staff: each with its state today, what paid it (orders, transfers)
// and its pro-forma.
import Link from 'next/link';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { proformaPath } from '@/lib/billing/queries/paths';
import type { StaffContractPage } from '@/lib/billing/queries/staff-page';
import { ScrollTable } from '@/components/forms/scroll-table';
import { ChargeAmountCell, ChargeStateCell } from '@/components/billing/charge-cells';
import { currentLocale } from '@/lib/locale/current';

export async function StaffCharges({ charges }: { charges: StaffContractPage['charges'] }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.billingPanel.detail;
  return (
    <section className="card space-y-3" aria-labelledby="platnosci">
      <h2 id="platnosci" className="h2">
        {t.charges}
      </h2>
      <ScrollTable label={t.charges} cards>
        <table className="table" data-testid="staff-charges">
          <thead>
            <tr>
              <th>{t.colSeq}</th>
              <th>{t.colWhat}</th>
              <th>{t.colDue}</th>
              <th className="sm:text-right">{t.colAmount}</th>
              <th>{t.colState}</th>
              <th>{t.colDocs}</th>
            </tr>
          </thead>
          <tbody>
            {charges.map((c) => (
              <tr key={c.id}>
                <td>{c.seq}</td>
                <td>
                  <div>
                    {c.label}
                    <span className="block text-xs text-slate-600">{m.billingPanel.chargeKind[c.kind]}</span>
                  </div>
                </td>
                <td className="whitespace-nowrap">{formatDate(c.dueDate, locale)}</td>
                <ChargeAmountCell charge={c} />
                <ChargeStateCell state={c.state} />
                <td className="space-y-1 text-sm">
                  <div>
                    {c.orderItems.map((i) => (
                      <Link key={i.order.id} className="link block" href={`/panel/zamowienia/${i.order.id}`}>
                        {i.order.number} · {m.checkout.orderStatus[i.order.status]}
                      </Link>
                    ))}
                    {c.transfers.map((x) => (
                      <span key={x.id} className="block">
                        {m.billingPanel.detail.transfers}: {formatMoney(x.amount, c.currency, locale)} ·{' '}
                        {formatDate(x.bookedOn, locale)}
                      </span>
                    ))}
                    {c.proformaNumber && (
                      <a className="link block" href={proformaPath(c.id)}>
                        {m.billingAccount.detail.proforma(c.proformaNumber)}
                      </a>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
