// The buyer's refunds on the order page: when each was ordered, how much, why, and whether
// PayU has completed it.
import { ScrollTable } from '@/components/forms/scroll-table';
import { formatMoney } from '@/lib/format/money';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { MyOrderPage } from '@/lib/orders/order-page';

export function OrderRefunds({ order }: { order: MyOrderPage['order'] }) {
  const t = messages().checkout.refunds;
  if (order.refunds.length === 0) return null;
  const label = (r: MyOrderPage['order']['refunds'][number]) =>
    r.status === 'FINALIZED' ? t.status.FINALIZED(formatDate(r.finalizedAt ?? r.createdAt)) : t.status[r.status];
  return (
    <section className="card space-y-3" aria-labelledby="zwroty" data-testid="order-refunds">
      <h2 id="zwroty" className="h2">
        {t.heading}
      </h2>
      <ScrollTable label={t.heading}>
        <table className="table">
          <thead>
            <tr>
              <th>{t.colDate}</th>
              <th className="text-right">{t.colAmount}</th>
              <th>{t.colReason}</th>
              <th>{t.colStatus}</th>
            </tr>
          </thead>
          <tbody>
            {order.refunds.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.createdAt)}</td>
                <td className="text-right font-semibold">{formatMoney(r.amount, order.currency)}</td>
                <td>{r.description}</td>
                <td>{label(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="font-semibold">{t.total(formatMoney(order.refundedGross, order.currency))}</p>
      {order.refunds.some((r) => r.status === 'PENDING') && <p className="muted text-sm">{t.pendingNote}</p>}
    </section>
  );
}
