import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
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
  /** When PayU completed the refund, formatted in Warsaw time. */
  finalizedAt: string;
};

export const subject = (p: Pick<RefundSentProps, 'orderNumber'>) => `Zwrot pieniędzy — zamówienie ${p.orderNumber}`;

const amount = (p: RefundSentProps) => formatMoney(p.amount, p.currency);
const link = (p: RefundSentProps) => absoluteUrl(`/zamowienia/${p.orderId}`);

export function RefundSentEmail(p: RefundSentProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        PayU zrealizowało {p.finalizedAt} zwrot <strong>{amount(p)}</strong> za zamówienie{' '}
        <strong>{p.orderNumber}</strong>. Pieniądze wracają tą samą drogą, którą przyszła płatność (na konto lub kartę);
        bank księguje je zwykle w ciągu kilku dni roboczych.
      </p>
      <p>Powód zwrotu: {p.reason}</p>
      <EmailButton href={link(p)}>Zobacz zamówienie</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: RefundSentProps) =>
  `Dzień dobry ${p.firstName},\n\nPayU zrealizowało ${p.finalizedAt} zwrot ${amount(p)} za zamówienie ${p.orderNumber}.\n` +
  `Pieniądze wracają tą samą drogą, którą przyszła płatność; bank księguje je zwykle w ciągu kilku dni roboczych.\n` +
  `Powód zwrotu: ${p.reason}\n\nZamówienie: ${link(p)}\n\n— Planeta`;
