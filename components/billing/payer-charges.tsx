// The payer's schedule: each charge's reason, due date, amount, state today (paid, due, overdue
// by n days), "Zapłać teraz" where it can be paid, and its documents (invoice, pro-forma).
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { chargePayPath } from '@/lib/billing/payments/link';
import { invoicePath, proformaPath } from '@/lib/billing/queries/paths';
import { toPay } from '@/lib/billing/queries/charge-state';
import type { PageCharge } from '@/lib/billing/queries/contract-page';
import { ScrollTable } from '@/components/forms/scroll-table';
import { chargeStateText, chargeStateTone } from './labels';

export function PayerCharges({ charges, payable }: { charges: PageCharge[]; payable: Set<string> }) {
  const t = messages().billingAccount.detail;
  return (
    <ScrollTable label={t.schedule} cards>
      <table className="table" data-testid="charges">
        <thead>
          <tr>
            <th>{t.colWhat}</th>
            <th>{t.colDue}</th>
            <th className="sm:text-right">{t.colAmount}</th>
            <th>{t.colState}</th>
            <th>{t.colDocs}</th>
          </tr>
        </thead>
        <tbody>
          {charges.map((c) => (
            <tr key={c.id} data-testid="charge">
              <td>{c.label}</td>
              <td className="whitespace-nowrap">{formatDate(c.dueDate)}</td>
              <td className="whitespace-nowrap sm:text-right">
                <div>
                  {formatMoney(toPay(c), c.currency)}
                  {c.discount > 0 && (
                    <span className="block text-xs text-slate-600">
                      {t.discount(formatMoney(c.discount, c.currency))}
                    </span>
                  )}
                </div>
              </td>
              <td>
                <div>
                  <span
                    className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${chargeStateTone(c.state)}`}
                  >
                    {chargeStateText(c.state)}
                  </span>
                </div>
              </td>
              <td>
                <div>
                  <div className="flex flex-wrap items-center gap-2">
                    {payable.has(c.id) && (
                      <a href={chargePayPath(c.id)} className="btn-primary text-sm" data-testid="pay-now">
                        {t.payNow}
                      </a>
                    )}
                    {c.invoiceOrderId && c.status === 'PAID' && (
                      <a href={invoicePath(c.invoiceOrderId)} className="link text-sm">
                        {c.invoiceNumber ? `${t.invoice} ${c.invoiceNumber}` : t.invoice}
                      </a>
                    )}
                    {c.proformaNumber && (
                      <a href={proformaPath(c.id)} className="link text-sm" data-testid="proforma">
                        {t.proforma(c.proformaNumber)}
                      </a>
                    )}
                  </div>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
