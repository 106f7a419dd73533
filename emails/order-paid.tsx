import { EmailButton, EmailLayout } from './layout';

export type OrderPaidProps = { firstName: string; orderNumber: string; items: string[]; total: string; link: string };

export const subject = (p: OrderPaidProps) => `Płatność przyjęta — zamówienie ${p.orderNumber}`;

export function OrderPaidEmail(p: OrderPaidProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>dziękujemy — PayU potwierdziło płatność za zamówienie <strong>{p.orderNumber}</strong> ({p.total}).</p>
      <ul>{p.items.map((i) => <li key={i}>{i}</li>)}</ul>
      <p>Kursy są już dostępne w zakładce „Moje kursy”. Fakturę VAT pobierzesz ze strony zamówienia.</p>
      <EmailButton href={p.link}>Zobacz zamówienie</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: OrderPaidProps) =>
  `Dzień dobry ${p.firstName},\n\nPayU potwierdziło płatność za zamówienie ${p.orderNumber} (${p.total}).\n` +
  p.items.map((i) => `- ${i}`).join('\n') +
  `\n\nKursy są dostępne w zakładce „Moje kursy”. Zamówienie i faktura VAT: ${p.link}\n\n— Planeta`;
