// The withdrawal section of the buyer's order page: the action with the last day of the term,
// the link to the family procedure, or why the right does not apply (or no longer does).
import Link from 'next/link';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime, formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { WithdrawalView } from '@/lib/settlement/withdrawals';
import { currentLocale } from '@/lib/locale/current';

export async function OrderWithdrawal({ orderId, view }: { orderId: string; view: WithdrawalView }) {
  const locale = await currentLocale();
  const t = messages(locale).checkout.withdrawal;
  if (view.state === 'none') return null;
  if (view.state === 'refused' && view.reason === 'notPaid') return null;
  if (view.state === 'family' && view.packages.length === 0) return null;
  return (
    <section className="card space-y-3" aria-labelledby="odstapienie" data-testid="order-withdrawal">
      <h2 id="odstapienie" className="h2">
        {t.heading}
      </h2>
      {view.state === 'available' && (
        <>
          <p>{t.available(formatLastDay(view.until, locale), formatMoney(view.refund, view.currency, locale))}</p>
          <Link href={`/zamowienia/${orderId}/odstapienie`} className="btn-danger inline-block">
            {t.action}
          </Link>
        </>
      )}
      {view.state === 'family' && (
        <>
          {view.until && <p>{t.family(formatLastDay(view.until, locale))}</p>}
          <ul className="list-disc space-y-1 pl-6">
            {view.packages.map((p) => (
              <li key={p.id}>
                <Link href={`/rodzina/rezygnacja/${p.id}`} className="link">
                  {t.familyLink(p.name)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.state === 'filed' && (
        <p>{t.filed(formatDateTime(view.filedAt, locale), formatMoney(view.refund, view.currency, locale))}</p>
      )}
      {view.state === 'refused' && (
        <p className="text-slate-700">
          {view.reason === 'expired' && view.until
            ? t.expired(formatLastDay(view.until, locale))
            : view.reason === 'consentGiven'
              ? t.consentGiven
              : view.reason === 'business'
                ? t.business
                : view.reason === 'fullyPerformed'
                  ? t.fullyPerformed
                  : null}
        </p>
      )}
    </section>
  );
}
