import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
import { EmailButton, EmailLayout } from './layout';

// Confirmation on a durable medium that the withdrawal statement filed on the order page was
// received (art. 30 ust. 2 u.p.k.), queued in the withdrawal's transaction.
export type OrderWithdrawalProps = {
  firstName: string;
  orderNumber: string;
  orderId: string;
  items: string[];
  /** When the statement was filed, formatted in Warsaw time. */
  filedAt: string;
  refundAmount: number;
  currency: string;
};

export const subject = (p: Pick<OrderWithdrawalProps, 'orderNumber'>) =>
  `Potwierdzenie odstąpienia od umowy — zamówienie ${p.orderNumber}`;

const amount = (p: OrderWithdrawalProps) => formatMoney(p.refundAmount, p.currency);
const link = (p: OrderWithdrawalProps) => absoluteUrl(`/zamowienia/${p.orderId}`);

export function OrderWithdrawalEmail(p: OrderWithdrawalProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        potwierdzamy, że {p.filedAt} otrzymaliśmy Twoje oświadczenie o odstąpieniu od umowy (zamówienie{' '}
        <strong>{p.orderNumber}</strong>) dotyczące:
      </p>
      <ul>
        {p.items.map((name, k) => (
          <li key={k}>{name}</li>
        ))}
      </ul>
      <p>Dostęp do tych kursów zakończył się w chwili odstąpienia.</p>
      <p>
        Zwrot <strong>{amount(p)}</strong> zleciliśmy w PayU — wróci tą samą drogą, którą przyszła płatność, najpóźniej
        w ciągu 14 dni. Napiszemy, gdy PayU go zrealizuje.
      </p>
      <EmailButton href={link(p)}>Zobacz zamówienie</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: OrderWithdrawalProps) =>
  `Dzień dobry ${p.firstName},\n\npotwierdzamy, że ${p.filedAt} otrzymaliśmy Twoje oświadczenie o odstąpieniu od umowy ` +
  `(zamówienie ${p.orderNumber}) dotyczące:\n` +
  p.items.map((name) => `- ${name}`).join('\n') +
  `\n\nDostęp do tych kursów zakończył się w chwili odstąpienia.\n` +
  `Zwrot ${amount(p)} zleciliśmy w PayU — wróci tą samą drogą, którą przyszła płatność, najpóźniej w ciągu 14 dni.\n\n` +
  `Zamówienie: ${link(p)}\n\n— Planeta`;
