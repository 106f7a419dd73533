import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getOrderForStaff } from '@/lib/orders/queries';
import { groupsOfOrder } from '@/lib/groups/staff-list';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import { RefundForm } from '@/components/checkout/refund-form';
import { OrderCorrections } from '@/components/invoices/order-corrections';
import { paymentEventText } from '@/lib/panel/history-labels';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { objectHistory } from '@/lib/audit/history';
import { AuditHistory } from '@/components/audit/history';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.orders.orderTitle) };
}

export default async function StaffOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const user = await requirePermission('panel:orders', '/panel/zamowienia');
  const order = await getOrderForStaff(pageParams(await params).id);
  if (!order) notFound();
  const [groups, audit] = await Promise.all([
    groupsOfOrder(order.id),
    objectHistory([{ type: 'order', id: order.id }], locale),
  ]);
  const refundable = order.totalGross - order.refundedGross;
  const m = messages(locale);
  const t = m.panel.orders;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/panel/zamowienia" className="link">
          ← {m.nav.orders}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="h1">{t.heading(order.number)}</h1>
        <p className="rounded-full bg-slate-100 px-4 py-1 text-sm font-semibold" data-testid="order-status">
          {m.checkout.orderStatus[order.status]}
        </p>
      </div>
      <section className="card grid gap-2 text-sm sm:grid-cols-2" aria-label={t.details}>
        <p>
          <span className="font-medium">{t.buyer}</span> {order.buyerName} ({t.buyerType[order.buyerType]})
        </p>
        <p>
          <span className="font-medium">{t.email}</span> {order.buyerEmail}
        </p>
        <p>
          <span className="font-medium">{t.nip}</span> {order.nip ?? '—'}
        </p>
        <p>
          <span className="font-medium">{t.address}</span>{' '}
          {[order.street, order.postalCode, order.city].filter(Boolean).join(', ') || '—'}
        </p>
        <p>
          <span className="font-medium">{t.terms}</span> {t.termsVersion(order.termsVersion)}
        </p>
        <p>
          <span className="font-medium">{t.immediateConsent}</span>{' '}
          {order.immediateDeliveryConsent ? m.panel.yes : m.panel.no}
        </p>
        <p>
          <span className="font-medium">{t.amount}</span>{' '}
          {t.amounts(
            formatMoney(order.totalGross, order.currency, locale),
            formatMoney(order.refundedGross, order.currency, locale),
          )}
        </p>
        <p>
          <span className="font-medium">{t.invoice}</span>{' '}
          {order.invoice?.number ? (
            <>
              <a className="link" href={`/zamowienia/${order.id}/faktura`}>
                {order.invoice.number}
              </a>{' '}
              <a className="link text-sm" href={`/panel/faktury?q=${encodeURIComponent(order.invoice.number)}`}>
                {m.ksef.panel.stateLink}
              </a>
            </>
          ) : order.invoice ? (
            t.invoicePending
          ) : (
            '—'
          )}
        </p>
      </section>

      <OrderCorrections orderId={order.id} ownerId={null} />

      {groups.length > 0 && (
        <section className="card space-y-2" aria-labelledby="grupy" data-testid="order-groups">
          <h2 id="grupy" className="h2">
            {m.groups.staffList.orderGroups}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {groups.map((g) => (
              <li key={g.id}>
                <Link className="link" href={`/grupy/${g.id}`}>
                  {m.groups.staffList.orderGroup(g.companyName, g.course.title, g.seats)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card space-y-3" aria-labelledby="historia">
        <h2 id="historia" className="h2">
          {t.history}
        </h2>
        {order.payments.map((p) => (
          <div key={p.id} className="rounded-lg border border-slate-200 p-3 text-sm">
            <p className="font-medium">
              {t.attempt(
                p.extOrderId,
                p.payuOrderId ?? '—',
                m.checkout.paymentStatus[p.status],
                formatMoney(p.amount, order.currency, locale),
              )}
            </p>
            <ol className="mt-2 space-y-1 text-slate-700">
              {p.events.map((e) => (
                <li key={e.id}>
                  {formatDateTime(e.createdAt, locale)} — {paymentEventText(e, locale)}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>

      <section className="card space-y-3" aria-labelledby="zwroty">
        <h2 id="zwroty" className="h2">
          {t.refunds}
        </h2>
        {order.refunds.length > 0 && (
          <ul className="space-y-1 text-sm">
            {order.refunds.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.createdAt, locale)} — {formatMoney(r.amount, order.currency, locale)} —{' '}
                {r.description} — {t.refundStatus[r.status]}
                {r.finalizedAt ? ` ${formatDateTime(r.finalizedAt, locale)}` : ''}
                {r.status === 'REFUSED' && r.failure && (
                  <span className="block text-red-700" data-testid="refund-refused">
                    {t.refundFailure(r.failure)}
                  </span>
                )}
                {r.status === 'CANCELED' && r.canceledAt && (
                  <span className="block text-red-700" data-testid="refund-canceled">
                    {t.refundCanceled(formatDateTime(r.canceledAt, locale))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {can(user.roles, 'orders:refund') ? (
          <RefundForm
            orderId={order.id}
            maxAmount={order.status === 'PAID' || order.status === 'PARTIALLY_REFUNDED' ? refundable : 0}
            currency={order.currency}
            items={order.items.map((i) => ({
              id: i.id,
              label: `${i.name} (${formatMoney(i.totalGross, order.currency, locale)})`,
            }))}
            closedNote={t.refundOnlyPaid}
          />
        ) : (
          <p className="muted">{m.staff.refundIsAccounting}</p>
        )}
      </section>

      <AuditHistory rows={audit} />
    </div>
  );
}
