import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { listMyOrders } from '@/lib/orders/queries';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { ScrollTable } from '@/components/forms/scroll-table';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).checkout.ordersPage.title };
}

export default async function MyOrdersPage() {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.checkout.ordersPage;
  const user = await requirePermission('orders:read-own', '/zamowienia');
  const orders = await listMyOrders(user.id);
  return (
    <div className="space-y-6">
      <h1 className="h1">{t.title}</h1>
      {orders.length === 0 ? (
        <p className="muted">
          {t.none}{' '}
          <Link href="/kursy" className="link">
            {m.catalog.browse}
          </Link>
        </p>
      ) : (
        <ScrollTable label={m.nav.orders} className="card p-0">
          <table className="table">
            <thead>
              <tr>
                <th>{t.colNumber}</th>
                <th>{t.colDate}</th>
                <th>{t.colStatus}</th>
                <th className="text-right">{t.colAmount}</th>
                <th>{t.colInvoice}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link href={`/zamowienia/${o.id}`} className="link">
                      {o.number}
                    </Link>
                  </td>
                  <td>{formatDate(o.createdAt, locale)}</td>
                  <td>{m.checkout.orderStatus[o.status]}</td>
                  <td className="text-right">{formatMoney(o.totalGross, o.currency, locale)}</td>
                  <td>
                    {o.invoice?.number ? (
                      <a href={`/zamowienia/${o.id}/faktura`} className="link">
                        {o.invoice.number}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
