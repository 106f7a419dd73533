// The charge behind a pay link: what it is, how much, by when, and its state with the one
// action that makes sense (pay, or pay again after a failed attempt).
import { Notice, type NoticeTone } from '@/components/forms/notice';
import type { PayLinkState, PayLinkView } from '@/lib/billing/payments/pay-link';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { RefreshWhile } from './refresh-while';
import { currentLocale } from '@/lib/locale/current';
import { withContent } from '@/components/locale/with-content';
import { chargeLabel } from '@/lib/billing/rules/charge-label';

const TONE: Record<PayLinkView['state'], NoticeTone> = {
  open: 'info',
  paid: 'success',
  cancelled: 'info',
  'in-progress': 'warning',
};

export async function PayLinkStatus({
  view,
  reason,
  failed,
}: {
  view: PayLinkView;
  reason?: PayLinkState;
  failed: boolean;
}) {
  const locale = await currentLocale();
  const t = messages(locale).billingPay.link;
  const label = chargeLabel(view, locale);
  const text = failed ? t.states.failed : reason ? t.states[reason] : t.states[view.state];
  const tone: NoticeTone = failed || reason ? 'error' : TONE[view.state];
  return (
    <section className="card space-y-4" aria-labelledby="charge-h">
      <RefreshWhile active={view.state === 'in-progress'} />
      <div className="space-y-1">
        {/* The offer's title is stored as written, in Polish; the charge's label follows the reader. */}
        <h2 id="charge-h" className="h2" lang="pl">
          {view.title}
        </h2>
        <p className="muted">
          {withContent((label) => t.charge(label, view.contractNumber), <span lang={label.lang}>{label.text}</span>)}
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t.amount}</dt>
        <dd data-testid="pay-link-amount">{formatMoney(view.amount, view.currency, locale)}</dd>
        <dt className="font-semibold">{t.due}</dt>
        <dd>{formatDate(view.dueDate, locale)}</dd>
      </dl>
      <Notice tone={tone} role="status" data-testid="pay-link-state">
        {text}
      </Notice>
      {view.state === 'open' && reason !== 'other-account' && (
        <p>
          {/* A plain link: the route makes the PayU order on GET, like the e-mailed link itself. */}
          <a href={view.payPath} className="btn-primary" data-testid="pay-link-pay">
            {failed || reason ? t.payAgain : t.payNow}
          </a>
        </p>
      )}
    </section>
  );
}
