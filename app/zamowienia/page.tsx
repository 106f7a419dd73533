import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { listMyOrders } from '@/lib/orders/queries';
import { ORDER_STATUS_LABEL } from '@/lib/orders/labels';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { ScrollTable } from '@/components/forms/scroll-table';

export const metadata: Metadata = { title: 'Moje zamówienia' };

export default async function MyOrdersPage() {
  const user = await requirePermission('orders:read-own', '/zamowienia');
  const orders = await listMyOrders(user.id);
  return (
    <div className="space-y-6">
      <h1 className="h1">Moje zamówienia</h1>
      {orders.length === 0 ? (
        <p className="muted">
          Nie masz jeszcze zamówień.{' '}
          <Link href="/kursy" className="link">
            Przeglądaj kursy
          </Link>
        </p>
      ) : (
        <ScrollTable label="Zamówienia" className="card p-0">
          <table className="table">
            <thead>
              <tr>
                <th>Numer</th>
                <th>Data</th>
                <th>Stan</th>
                <th className="text-right">Kwota</th>
                <th>Faktura</th>
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
                  <td>{formatDate(o.createdAt)}</td>
                  <td>{ORDER_STATUS_LABEL[o.status]}</td>
                  <td className="text-right">{formatMoney(o.totalGross, o.currency)}</td>
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
