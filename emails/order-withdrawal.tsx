import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

// Confirmation on a durable medium that the withdrawal statement filed on the order page was
// received (art. 30 ust. 2 u.p.k.), queued in the withdrawal's transaction.
export type OrderWithdrawalProps = {
  firstName: string;
  orderNumber: string;
  orderId: string;
  items: string[];
  /** When the statement was filed: an ISO timestamp (older rows hold it formatted). */
  filedAt: string;
  refundAmount: number;
  currency: string;
};

export const subject = (p: Pick<OrderWithdrawalProps, 'orderNumber'>, locale: Locale) =>
  messages(locale).emailsOrders.orderWithdrawal.subject(p.orderNumber);

const amount = (p: OrderWithdrawalProps, locale: Locale) => formatMoney(p.refundAmount, p.currency, locale);
const link = (p: OrderWithdrawalProps) => absoluteUrl(`/zamowienia/${p.orderId}`);

export function OrderWithdrawalEmail(p: OrderWithdrawalProps, locale: Locale) {
  const { emails, emailsOrders } = messages(locale);
  const m = emailsOrders.orderWithdrawal;
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{emails.greeting(p.firstName)}</p>
      <p>{m.received(mailDateTime(p.filedAt, locale), p.orderNumber)}</p>
      <ul>
        {p.items.map((name, k) => (
          <li key={k}>{name}</li>
        ))}
      </ul>
      <p>{m.accessEnded}</p>
      <p>{m.refund(amount(p, locale))}</p>
      <EmailButton href={link(p)}>{emails.seeOrder}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: OrderWithdrawalProps, locale: Locale) => {
  const { emails, emailsOrders } = messages(locale);
  const m = emailsOrders.orderWithdrawal;
  return (
    `${emails.greeting(p.firstName)}\n\n${m.received(mailDateTime(p.filedAt, locale), p.orderNumber)}\n` +
    p.items.map((name) => `- ${name}`).join('\n') +
    `\n\n${m.accessEnded}\n${m.refundText(amount(p, locale))}\n\n${emails.order(link(p))}\n\n${emails.signature}`
  );
};
