import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { getOrderForStaff } from '@/lib/orders/queries';
import { ORDER_STATUS_LABEL, PAYMENT_STATUS_LABEL } from '@/lib/orders/labels';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import { RefundForm } from '@/components/checkout/refund-form';

export const metadata: Metadata = { title: 'Zamówienie — panel' };

export default async function StaffOrderPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('panel:orders', '/panel/zamowienia');
  const order = await getOrderForStaff((await params).id);
  if (!order) notFound();
  const refundable = order.totalGross - order.refundedGross;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/panel/zamowienia" className="link">
          ← Zamówienia
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="h1">Zamówienie {order.number}</h1>
        <p className="rounded-full bg-slate-100 px-4 py-1 text-sm font-semibold" data-testid="order-status">
          {ORDER_STATUS_LABEL[order.status]}
        </p>
      </div>
      <section className="card grid gap-2 text-sm sm:grid-cols-2" aria-label="Dane zamówienia">
        <p>
          <span className="font-medium">Nabywca:</span> {order.buyerName} (
          {order.buyerType === 'COMPANY' ? 'firma' : 'konsument'})
        </p>
        <p>
          <span className="font-medium">E-mail:</span> {order.buyerEmail}
        </p>
        <p>
          <span className="font-medium">NIP:</span> {order.nip ?? '—'}
        </p>
        <p>
          <span className="font-medium">Adres:</span>{' '}
          {[order.street, order.postalCode, order.city].filter(Boolean).join(', ') || '—'}
        </p>
        <p>
          <span className="font-medium">Regulamin:</span> wersja {order.termsVersion}
        </p>
        <p>
          <span className="font-medium">Zgoda na dostęp przed upływem 14 dni:</span>{' '}
          {order.immediateDeliveryConsent ? 'tak' : 'nie'}
        </p>
        <p>
          <span className="font-medium">Kwota:</span> {formatMoney(order.totalGross, order.currency)}; zwrócono{' '}
          {formatMoney(order.refundedGross, order.currency)}
        </p>
        <p>
          <span className="font-medium">Faktura:</span>{' '}
          {order.invoice?.number ? (
            <a className="link" href={`/zamowienia/${order.id}/faktura`}>
              {order.invoice.number}
            </a>
          ) : order.invoice ? (
            'czeka na numer'
          ) : (
            '—'
          )}
        </p>
      </section>

      <section className="card space-y-3" aria-labelledby="historia">
        <h2 id="historia" className="h2">
          Historia płatności
        </h2>
        {order.payments.map((p) => (
          <div key={p.id} className="rounded-lg border border-slate-200 p-3 text-sm">
            <p className="font-medium">
              Próba {p.extOrderId} · PayU {p.payuOrderId ?? '—'} · {PAYMENT_STATUS_LABEL[p.status]} ·{' '}
              {formatMoney(p.amount, order.currency)}
            </p>
            <ol className="mt-2 space-y-1 text-slate-700">
              {p.events.map((e) => (
                <li key={e.id}>
                  {formatDateTime(e.createdAt)} — {e.kind}
                  {e.status ? ` (${e.status})` : ''}
                  {e.detail && typeof e.detail === 'object' && 'result' in e.detail
                    ? `: ${String((e.detail as { result: unknown }).result)}`
                    : ''}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>

      <section className="card space-y-3" aria-labelledby="zwroty">
        <h2 id="zwroty" className="h2">
          Zwroty
        </h2>
        {order.refunds.length > 0 && (
          <ul className="space-y-1 text-sm">
            {order.refunds.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.createdAt)} — {formatMoney(r.amount, order.currency)} — {r.description} —{' '}
                {r.status === 'FINALIZED' ? 'zakończony' : r.status === 'PENDING' ? 'w toku' : 'anulowany'}
              </li>
            ))}
          </ul>
        )}
        {refundable > 0 && (order.status === 'PAID' || order.status === 'PARTIALLY_REFUNDED') ? (
          <RefundForm
            orderId={order.id}
            maxAmount={refundable}
            items={order.items.map((i) => ({
              id: i.id,
              label: `${i.name} (${formatMoney(i.totalGross, order.currency)})`,
            }))}
          />
        ) : (
          <p className="muted text-sm">Zwrot jest możliwy dla opłaconego zamówienia.</p>
        )}
      </section>
    </div>
  );
}
