import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { loadMyOrderPage, paymentState } from '@/lib/orders/order-page';
import { OrderStatusWatcher } from '@/components/checkout/order-status-watcher';
import { RetryPaymentForm } from '@/components/checkout/retry-payment-form';
import { OrderRefunds } from '@/components/checkout/order-refunds';
import { OrderWithdrawal } from '@/components/checkout/order-withdrawal';
import { OrderPaidNotice } from '@/components/checkout/order-paid-notice';
import { OrderItems } from '@/components/checkout/order-items';
import { OrderContract } from '@/components/checkout/order-contract';
import { Notice } from '@/components/forms/notice';
import { OrderComplaints } from '@/components/support/order-complaints';
import { InvoiceRequest } from '@/components/invoices/invoice-request';
import { OrderInvoice } from '@/components/invoices/order-invoice';
import { invoiceKey, invoicePending } from '@/lib/orders/queries';
import { OrderCorrections } from '@/components/invoices/order-corrections';
import { messages } from '@/lib/i18n';
import { payMethodChoices } from '@/lib/payments/pay-methods';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).checkout.checkoutPage.title };
}

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ error?: string; odstapiono?: string }>;
}) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.checkout.orderPage;
  const { id } = pageParams(await params);
  const user = await requirePermission('orders:read-own', `/zamowienia/${id}`);
  const page = await loadMyOrderPage(user.id, id, undefined, locale); // someone else's order is simply not found
  if (!page) notFound();
  const { order, withdrawal, contract } = page;
  const { error, odstapiono } = await searchParams;
  const payment = paymentState(order, error);

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
          {m.checkout.orderStatus[order.status]}
        </p>
      </div>
      <OrderStatusWatcher
        orderId={order.id}
        active={order.status === 'AWAITING_PAYMENT' || (order.status === 'PAID' && invoicePending(order.invoice))}
        shown={`${order.status}/${payment.last}/${invoiceKey(order.invoice)}`}
      />

      <OrderPaidNotice order={order} />
      {odstapiono && withdrawal.state === 'filed' && (
        <Notice tone="success" role="status">
          {m.checkout.withdrawal.done}
        </Notice>
      )}
      {payment.inProgress && (
        <Notice tone="warning" as="div" role="status">
          {t.awaitingPayU}
        </Notice>
      )}
      {payment.failed && (
        <Notice tone="error" as="div" className="space-y-3">
          <p role="alert">{t.failed}</p>
          <RetryPaymentForm
            orderId={order.id}
            methods={await payMethodChoices(order.currency, order.totalGross, locale)}
          />
        </Notice>
      )}

      <OrderItems order={order} />
      <OrderRefunds order={order} />
      <OrderContract contract={contract} />
      <OrderWithdrawal orderId={order.id} view={withdrawal} />

      {/* A consumer's receipt has its own section (InvoiceRequest) with the download and the way to an invoice. */}
      {order.invoice?.kind !== 'RECEIPT' && (
        <OrderInvoice orderId={order.id} invoice={order.invoice} buyerName={order.buyerName} nip={order.nip} />
      )}
      <OrderCorrections orderId={order.id} ownerId={user.id} />
      <InvoiceRequest userId={user.id} orderId={order.id} />
      <OrderComplaints userId={user.id} orderId={order.id} />
    </div>
  );
}
