// The order's correcting invoices (one per refund PayU completed), under its invoice: number,
// issue date, what each took off, and its PDF. Loads its own data; staff pass ownerId null.
import { correctionsOfOrder } from '@/lib/invoices/corrections';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function OrderCorrections({ orderId, ownerId }: { orderId: string; ownerId: string | null }) {
  const locale = await currentLocale();
  const t = messages(locale).invoices.corrections;
  const rows = await correctionsOfOrder(orderId, ownerId);
  if (rows.length === 0) return null;
  return (
    <section className="card space-y-3" aria-labelledby="korekty" data-testid="order-corrections">
      <h2 id="korekty" className="h2">
        {t.heading}
      </h2>
      <p className="text-sm text-slate-600">{t.intro}</p>
      <ScrollTable label={t.heading} cards>
        <table className="table">
          <thead>
            <tr>
              <th>{t.colNumber}</th>
              <th>{t.colDate}</th>
              <th className="sm:text-right">{t.colAmount}</th>
              <th>{t.colReason}</th>
              <th>{t.colFile}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id} data-testid="correction">
                <td className="font-medium">{c.number ?? '—'}</td>
                <td>{c.issuedAt ? formatDate(c.issuedAt, locale) : '—'}</td>
                <td className="sm:text-right">{t.amount(formatMoney(c.amount, c.currency, locale))}</td>
                <td>{c.reason}</td>
                <td>
                  {c.number ? (
                    <a className="link" href={`/zamowienia/${orderId}/korekty/${c.id}`}>
                      {t.download(c.number)}
                    </a>
                  ) : (
                    <span className="muted">{t.numbering}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
