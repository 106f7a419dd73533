// The desk's latest receipts with their PDFs.
import { formatDateTime } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { deskReceiptPath } from '@/lib/centres/paths';
import type { DeskReceiptRow } from '@/lib/centres/desk/find';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function RecentReceipts({ rows }: { rows: DeskReceiptRow[] }) {
  const locale = await currentLocale();
  const t = messages(locale).centresDesk;
  if (rows.length === 0) return <p className="card">{t.page.noRecent}</p>;
  return (
    <ScrollTable label={t.page.recent} cards className="card p-0">
      <table className="table" data-testid="desk-receipts">
        <thead>
          <tr>
            <th>{t.page.colNumber}</th>
            <th>{t.page.colWhen}</th>
            <th>{t.page.colPayer}</th>
            <th>{t.page.colCharge}</th>
            <th>{t.page.colMethod}</th>
            <th className="sm:text-right">{t.page.colPaid}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <a className="link whitespace-nowrap" href={deskReceiptPath(r.id)}>
                  {r.number}
                </a>
              </td>
              <td className="whitespace-nowrap">{formatDateTime(r.createdAt, locale)}</td>
              <td>
                <div>
                  {r.payer}
                  <span className="block text-xs text-slate-600">{r.contractNumber}</span>
                </div>
              </td>
              <td>{r.label}</td>
              <td>{t.methods[r.method] ?? r.method}</td>
              <td className="whitespace-nowrap sm:text-right">{formatMoney(r.amount, r.currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
