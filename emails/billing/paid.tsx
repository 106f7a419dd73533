import { EmailButton, EmailLayout } from '../layout';

// "Płatność przyjęta": a contract's charge was paid (lib/billing/contracts/paid.ts). On the first
// payment the contract comes into force (B3/B4); after a suspension access is back and the
// billing month starts on the payment day (B10). The VAT invoice comes separately.
export type BillingPaidProps = {
  firstName: string;
  number: string;
  title: string;
  label: string;
  amount: string;
  /** 'activated' on the first payment, 'resumed' after a suspension, else 'paid'. */
  effect: 'activated' | 'resumed' | 'paid';
  /** The last day of the paid period, when there is one. */
  paidThrough?: string | null;
  /** The next charge's date and amount, when one is scheduled. */
  next?: { amount: string; dueDate: string } | null;
  link: string;
  /** A class group's contract on its first payment (L8): where the classes are joined. */
  classesLink?: string | null;
};

export const subject = (p: Pick<BillingPaidProps, 'number'>) => `Płatność przyjęta — umowa ${p.number}`;

const lines = (p: BillingPaidProps) =>
  [
    `przyjęliśmy płatność ${p.amount} (${p.label}) do umowy ${p.number} („${p.title}”).`,
    p.effect === 'activated' ? 'Umowa weszła w życie — dostęp jest już aktywny.' : null,
    p.effect === 'resumed'
      ? 'Dostęp został przywrócony. Nowy miesięczny okres rozliczeniowy liczymy od dnia tej płatności.'
      : null,
    p.paidThrough ? `Opłacone do: ${p.paidThrough}.` : null,
    p.next ? `Następna płatność: ${p.next.amount}, termin ${p.next.dueDate}.` : null,
    p.classesLink ? `Zajęcia, dołączanie do nich i materiały: ${p.classesLink}` : null,
    'Fakturę VAT za tę płatność pobierzesz ze strony umowy w serwisie (kolumna „Dokumenty”), gdy tylko zostanie wystawiona.',
  ].filter((l): l is string => l !== null);

export function BillingPaidEmail(p: BillingPaidProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      {lines(p).map((l) => (
        <p key={l}>{l}</p>
      ))}
      {p.classesLink && <EmailButton href={p.classesLink}>Przejdź do zajęć</EmailButton>}
      <EmailButton href={p.link}>Moje umowy</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: BillingPaidProps) =>
  `Dzień dobry ${p.firstName},\n\n${lines(p).join('\n')}\n\nMoje umowy: ${p.link}\n\n— Planeta`;
