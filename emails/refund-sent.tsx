import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

// Sent when PayU reports a refund FINALIZED (lib/settlement/notifications.ts): the money is on
// its way back. Plain data, rendered on delivery.
export type RefundSentProps = {
  firstName: string;
  orderNumber: string;
  orderId: string;
  amount: number;
  currency: string;
  reason: string;
  /** When PayU completed the refund: an ISO timestamp (older rows hold it formatted). */
  finalizedAt: string;
};

export const subject = (p: Pick<RefundSentProps, 'orderNumber'>, locale: Locale) =>
  messages(locale).emailsOrders.refundSent.subject(p.orderNumber);

const link = (p: RefundSentProps) => absoluteUrl(`/zamowienia/${p.orderId}`);
const done = (p: RefundSentProps, locale: Locale) =>
  messages(locale).emailsOrders.refundSent.done(
    mailDateTime(p.finalizedAt, locale),
    formatMoney(p.amount, p.currency, locale),
    p.orderNumber,
  );

export function RefundSentEmail(p: RefundSentProps, locale: Locale) {
  const { emails, emailsOrders } = messages(locale);
  const m = emailsOrders.refundSent;
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{emails.greeting(p.firstName)}</p>
      <p>
        {done(p, locale)} {m.way}
      </p>
      <p>{m.reason(p.reason)}</p>
      <EmailButton href={link(p)}>{emails.seeOrder}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: RefundSentProps, locale: Locale) => {
  const { emails, emailsOrders } = messages(locale);
  const m = emailsOrders.refundSent;
  return (
    `${emails.greeting(p.firstName)}\n\n${done(p, locale)}\n${m.wayText}\n${m.reason(p.reason)}\n\n` +
    `${emails.order(link(p))}\n\n${emails.signature}`
  );
};
