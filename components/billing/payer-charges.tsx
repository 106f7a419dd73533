// The payer's schedule: each charge's reason, due date, amount, state today (paid, due, overdue
// by n days), "Zapłać teraz" where it can be paid, and its documents (invoice, pro-forma).
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { chargePayPath } from '@/lib/billing/payments/link';
import { invoicePath, proformaPath } from '@/lib/billing/queries/paths';
import type { PageCharge } from '@/lib/billing/queries/contract-page';
import { ScrollTable } from '@/components/forms/scroll-table';
import { ChargeAmountCell, ChargeStateCell } from './charge-cells';
import { currentLocale } from '@/lib/locale/current';

export async function PayerCharges({ charges, payable }: { charges: PageCharge[]; payable: Set<string> }) {
  const locale = await currentLocale();
  const t = messages(locale).billingAccount.detail;
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
              {/* A charge's label is stored as written, in Polish. */}
              <td lang="pl">{c.label}</td>
              <td className="whitespace-nowrap">{formatDate(c.dueDate, locale)}</td>
              <ChargeAmountCell charge={c} />
              <ChargeStateCell state={c.state} />
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
