// The confirmation step of a withdrawal: what is withdrawn from, the refund, what happens to
// access — and one button. Anything but an open withdrawal goes back to the order page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { orderWithdrawalView } from '@/lib/settlement/withdrawals';
import { getMyOrder } from '@/lib/orders/queries';
import { formatMoney } from '@/lib/format/money';
import { formatLastDay } from '@/lib/format/time';
import { withdrawOrder } from '@/lib/actions/checkout/withdraw-order';
import { ActionForm } from '@/components/forms/action-form';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).checkout.withdrawal.confirmTitle };
}
export const dynamic = 'force-dynamic';

export default async function WithdrawalPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  const user = await requirePermission('orders:buy', `/zamowienia/${id}/odstapienie`);
  const [order, view] = await Promise.all([getMyOrder(user.id, id), orderWithdrawalView(user.id, id)]);
  if (!order || !view) notFound();
  if (view.state !== 'available') redirect(`/zamowienia/${id}`);
  const t = messages(locale).checkout.withdrawal;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href={`/zamowienia/${id}`} className="link text-sm">
          {t.cancel}
        </Link>
      </p>
      <h1 className="h1">{t.confirmHeading(order.number)}</h1>
      <section className="card space-y-4" aria-label={t.heading}>
        <p>{t.confirmIntro}</p>
        <ul className="list-disc space-y-1 pl-6 font-medium">
          {view.items.map((i) => (
            <li key={i.id}>{i.name}</li>
          ))}
        </ul>
        <p>
          {t.confirmRefund}:{' '}
          <strong className="text-lg" data-testid="withdrawal-refund">
            {formatMoney(view.refund, view.currency, locale)}
          </strong>
        </p>
        <ul className="list-disc space-y-1 pl-6 text-slate-700">
          {t.confirmWhat.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="text-sm text-slate-700">{t.confirmTerm(formatLastDay(view.until, locale))}</p>
        <ActionForm action={withdrawOrder} hidden={{ orderId: id }} submit={t.confirmSubmit} buttonClass="btn-danger" />
      </section>
    </div>
  );
}
