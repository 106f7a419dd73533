import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { loadMyOrderPage } from '@/lib/orders/order-page';
import { ORDER_STATUS_LABEL } from '@/lib/orders/labels';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import { OrderStatusWatcher } from '@/components/checkout/order-status-watcher';
import { RetryPaymentForm } from '@/components/checkout/retry-payment-form';
import { OrderRefunds } from '@/components/checkout/order-refunds';
import { OrderWithdrawal } from '@/components/checkout/order-withdrawal';
import { Notice } from '@/components/forms/notice';
import { OrderComplaints } from '@/components/support/order-complaints';
import { InvoiceRequest } from '@/components/invoices/invoice-request';
import { messages } from '@/lib/i18n';
import { payMethodChoices } from '@/lib/payments/pay-methods';

export const metadata: Metadata = { title: messages().checkout.checkoutPage.title };

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ error?: string; odstapiono?: string }>;
}) {
  const m = messages();
  const t = m.checkout.orderPage;
  const { id } = await params;
  const user = await requirePermission('orders:read-own', `/zamowienia/${id}`);
  const page = await loadMyOrderPage(user.id, id); // someone else's order is simply not found
  if (!page) notFound();
  const { order, withdrawal } = page;
  const { error, odstapiono } = await searchParams;
  const lastPayment = order.payments[0]?.status ?? null;
  const inProgress =
    order.status === 'AWAITING_PAYMENT' &&
    (lastPayment === 'NEW' || lastPayment === 'PENDING' || lastPayment === 'WAITING_FOR_CONFIRMATION');
  const failed = order.status === 'AWAITING_PAYMENT' && (lastPayment === 'CANCELED' || error);

  return (
    <div className="space-y-6">
      <p>
        <Link href="/zamowienia" className="link">
          {t.back}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="h1">{t.title(order.number)}</h1>
        <p className="rounded-full bg-slate-100 px-4 py-1 text-sm font-semibold" data-testid="order-status">
          {ORDER_STATUS_LABEL[order.status]}
        </p>
      </div>
      <OrderStatusWatcher
        orderId={order.id}
        active={order.status === 'AWAITING_PAYMENT' || (order.status === 'PAID' && !order.invoice?.number)}
        shown={`${order.status}/${lastPayment}/${order.invoice?.number ?? null}`}
      />

      {order.status === 'PAID' && (
        <Notice tone="success" as="div" role="status">
          {t.paid(order.paidAt ? formatDateTime(order.paidAt) : '')}{' '}
          {order.items.some((i) => i.seats > 1) ? (
            <>
              {t.groupActive(
                order.items
                  .filter((i) => i.seats > 1)
                  .map((i) => t.groupAccounts(i.seats * i.quantity))
                  .join(', '),
              )}{' '}
              <Link href="/grupy" className="link">
                {t.groupLink}
              </Link>{' '}
              {t.groupAfter}
            </>
          ) : order.items.some((i) => i.kind === 'FAMILY_PACKAGE') ? (
            <>
              {t.familyActive}{' '}
              <Link href="/rodzina" className="link">
                {m.families.nav}
              </Link>
              {t.familyAfter}
            </>
          ) : (
            <>
              {t.coursesActive}{' '}
              <Link href="/moje-kursy" className="link">
                {m.nav.myCourses}
              </Link>
              {t.coursesAfter}
            </>
          )}
        </Notice>
      )}
      {odstapiono && withdrawal.state === 'filed' && (
        <Notice tone="success" role="status">
          {m.checkout.withdrawal.done}
        </Notice>
      )}
      {inProgress && !error && (
        <Notice tone="warning" as="div" role="status">
          {t.awaitingPayU}
        </Notice>
      )}
      {failed && (
        <Notice tone="error" as="div" className="space-y-3">
          <p role="alert">{t.failed}</p>
          <RetryPaymentForm orderId={order.id} methods={await payMethodChoices(order.currency, order.totalGross)} />
        </Notice>
      )}

      <section className="card overflow-x-auto p-0" aria-labelledby="pozycje" tabIndex={0}>
        <h2 id="pozycje" className="h2 px-6 pt-6">
          {t.items}
        </h2>
        <table className="table mt-2">
          <thead>
            <tr>
              <th>{t.colName}</th>
              <th>{t.colQuantity}</th>
              <th className="text-right">{t.colUnitGross}</th>
              <th className="text-right">{t.colTotalGross}</th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((i) => (
              <tr key={i.id}>
                <td>{i.name}</td>
                <td>{i.quantity}</td>
                <td className="text-right">{formatMoney(i.unitGross, order.currency)}</td>
                <td className="text-right">{formatMoney(i.totalGross, order.currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3} className="text-right font-semibold">
                {t.total}
              </td>
              <td className="text-right font-bold">{formatMoney(order.totalGross, order.currency)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <OrderRefunds order={order} />
      <OrderWithdrawal orderId={order.id} view={withdrawal} />

      <section className="card space-y-2" aria-labelledby="faktura">
        <h2 id="faktura" className="h2">
          {t.invoice}
        </h2>
        {order.invoice?.number ? (
          <a href={`/zamowienia/${order.id}/faktura`} className="btn-primary">
            {t.downloadInvoice(order.invoice.number)}
          </a>
        ) : order.invoice ? (
          <p className="muted">{t.invoiceNumbering}</p>
        ) : (
          <p className="muted">{t.invoiceLater}</p>
        )}
        <p className="text-sm text-slate-600">{t.buyer(order.buyerName, order.nip)}</p>
      </section>
      <InvoiceRequest userId={user.id} orderId={order.id} />
      <OrderComplaints userId={user.id} orderId={order.id} />
    </div>
  );
}
