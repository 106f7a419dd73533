// An unpaid family order priced with a sibling discount that no longer applies was cancelled
// (lib/settlement/stale-orders.ts): the parent is asked to order again at today's price.
import { EmailButton, EmailLayout } from './layout';

export type FamilyOrderRepricedProps = {
  firstName: string;
  orderNumber: string;
  children: string[];
  link: string;
};

export const subject = (p: FamilyOrderRepricedProps) => `Zamówienie ${p.orderNumber} anulowane — złóż je ponownie`;

const why =
  'Cena zawierała rabat dla rodzeństwa (§5.3 regulaminu), a pakiet dziecka, które płaciło pełną cenę, nie jest już opłacony, więc rabat nie przysługuje.';

export function FamilyOrderRepricedEmail(p: FamilyOrderRepricedProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        Anulowaliśmy nieopłacone zamówienie <strong>{p.orderNumber}</strong> ({p.children.join(', ')}). {why}
      </p>
      <p>
        Nic nie zostało pobrane. Jeśli płatność mimo to dotrze, zwrócimy ją w całości. Złóż zamówienie ponownie —
        pokażemy aktualną cenę przed zapłatą.
      </p>
      <EmailButton href={p.link}>Zamów ponownie</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: FamilyOrderRepricedProps) =>
  `Dzień dobry ${p.firstName},\n\nAnulowaliśmy nieopłacone zamówienie ${p.orderNumber} (${p.children.join(', ')}). ${why}\n\n` +
  `Nic nie zostało pobrane. Jeśli płatność mimo to dotrze, zwrócimy ją w całości. Złóż zamówienie ponownie — pokażemy aktualną cenę przed zapłatą:\n${p.link}\n\n— Planeta`;
