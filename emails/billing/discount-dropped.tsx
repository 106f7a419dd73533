// Akcja Kontynuacja lost (AK §2.5): a payment more than 30 days overdue, so the remaining charges
// are at the regular price. Queued from SQL by the daily run (lib/billing/discounts/continuation.ts).
import { formatMoney } from '@/lib/format/money';
import { EmailButton, EmailLayout } from '../layout';

export type DiscountDroppedProps = {
  firstName: string;
  contractNumber: string;
  offerTitle: string;
  /** What the remaining charges went up by in total (minor units). */
  raised: number;
  currency: string;
  link: string;
};

export const droppedSubject = (p: DiscountDroppedProps) =>
  `Utrata rabatu Akcji Kontynuacja — umowa ${p.contractNumber}`;

const line = (p: DiscountDroppedProps) =>
  `w umowie ${p.contractNumber} (${p.offerTitle}) jedna z płatności jest zaległa ponad 30 dni, więc zgodnie z regulaminem promocji (§2 ust. 5) rabat Akcji Kontynuacja przestał przysługiwać. ` +
  `Pozostałe płatności są teraz w pełnej cenie${p.raised > 0 ? ` (łącznie o ${formatMoney(p.raised, p.currency)} więcej)` : ''}. Już opłacone zostają bez zmian.`;

export function DiscountDroppedEmail(p: DiscountDroppedProps) {
  return (
    <EmailLayout title={droppedSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>{line(p)}</p>
      <EmailButton href={p.link}>Moje umowy</EmailButton>
    </EmailLayout>
  );
}

export const droppedText = (p: DiscountDroppedProps) =>
  `Dzień dobry ${p.firstName},\n\n${line(p)}\n\nMoje umowy: ${p.link}\n\n— Planeta`;
