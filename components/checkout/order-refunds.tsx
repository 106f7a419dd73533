// The buyer's refunds on the order page: when each was ordered, how much, why, and whether
// PayU has completed it.
import { formatMoney } from '@/lib/format/money';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { MyOrderPage } from '@/lib/orders/order-page';
import { currentLocale } from '@/lib/locale/current';

export async function OrderRefunds({ order }: { order: MyOrderPage['order'] }) {
  const locale = await currentLocale();
  const t = messages(locale).checkout.refunds;
  if (order.refunds.length === 0) return null;
  const label = (r: MyOrderPage['order']['refunds'][number]) =>
    r.status === 'FINALIZED'
      ? t.status.FINALIZED(formatDate(r.finalizedAt ?? r.createdAt, locale))
      : t.status[r.status];
  return (
    <section className="card space-y-3" aria-labelledby="zwroty" data-testid="order-refunds">
      <h2 id="zwroty" className="h2">
        {t.heading}
      </h2>
      <ul className="space-y-3">
        {order.refunds.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 p-3">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-4 sm:gap-y-0">
              {(
                [
                  [t.colAmount, <strong key="a">{formatMoney(r.amount, order.currency, locale)}</strong>],
                  [t.colDate, formatDateTime(r.createdAt, locale)],
                  [t.colReason, r.description],
                  [t.colStatus, label(r)],
                ] as const
              ).map(([term, value]) => (
                <div key={term} className="contents sm:block">
                  <dt className="font-medium text-slate-600">{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <p className="font-semibold">{t.total(formatMoney(order.refundedGross, order.currency, locale))}</p>
      {order.refunds.some((r) => r.status === 'PENDING') && <p className="muted text-sm">{t.pendingNote}</p>}
    </section>
  );
}
