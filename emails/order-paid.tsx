import { env } from '@/lib/config/env';
import { formatMoney } from '@/lib/format/money';
import { EmailButton, EmailLayout } from './layout';

// Plain data, not formatted text: PayU's notification queues this message from one SQL
// statement (lib/settlement/order-paid-mail.ts), and it is rendered when delivered.
export type OrderPaidProps = {
  firstName: string;
  orderNumber: string;
  orderId: string;
  items: { name: string; quantity: number }[];
  totalGross: number;
  currency: string;
};

export const subject = (p: Pick<OrderPaidProps, 'orderNumber'>) => `Płatność przyjęta — zamówienie ${p.orderNumber}`;

const itemLine = (i: OrderPaidProps['items'][number]) => (i.quantity > 1 ? `${i.name} × ${i.quantity}` : i.name);
const total = (p: OrderPaidProps) => formatMoney(p.totalGross, p.currency);
const link = (p: OrderPaidProps) => `${env().APP_URL}/zamowienia/${p.orderId}`;

export function OrderPaidEmail(p: OrderPaidProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        dziękujemy — PayU potwierdziło płatność za zamówienie <strong>{p.orderNumber}</strong> ({total(p)}).
      </p>
      <ul>
        {p.items.map((i, k) => (
          <li key={k}>{itemLine(i)}</li>
        ))}
      </ul>
      <p>Kursy są już dostępne w zakładce „Moje kursy”. Fakturę VAT pobierzesz ze strony zamówienia.</p>
      <EmailButton href={link(p)}>Zobacz zamówienie</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: OrderPaidProps) =>
  `Dzień dobry ${p.firstName},\n\nPayU potwierdziło płatność za zamówienie ${p.orderNumber} (${total(p)}).\n` +
  p.items.map((i) => `- ${itemLine(i)}`).join('\n') +
  `\n\nKursy są dostępne w zakładce „Moje kursy”. Zamówienie i faktura VAT: ${link(p)}\n\n— Planeta`;
