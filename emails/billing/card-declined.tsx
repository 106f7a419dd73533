import { formatMoney } from '@/lib/format/money';
import { EmailButton, EmailLayout } from '../layout';

// Sent when the stored card of a contract is declined (lib/billing/payments/card.ts, settled in
// lib/settlement/contract-charges.ts): the payer pays from the link instead, before the due date
// if they can; the reminders and the dunning steps of the contract go on as usual.
export type CardDeclinedProps = {
  firstName: string;
  contractNumber: string;
  label: string;
  amount: number;
  currency: string;
  /** The charge's due date, formatted in Warsaw. */
  dueDate: string;
  cardLabel: string | null;
  payUrl: string;
};

export const subject = (p: Pick<CardDeclinedProps, 'contractNumber'>) =>
  `Nie udało się pobrać płatności z karty — umowa ${p.contractNumber}`;

const amount = (p: CardDeclinedProps) => formatMoney(p.amount, p.currency);
const card = (p: CardDeclinedProps) => (p.cardLabel ? `zapisanej karty ${p.cardLabel}` : 'zapisanej karty');

export function CardDeclinedEmail(p: CardDeclinedProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        bank odrzucił obciążenie {card(p)} kwotą <strong>{amount(p)}</strong> ({p.label}, umowa{' '}
        <strong>{p.contractNumber}</strong>). Termin płatności: <strong>{p.dueDate}</strong>.
      </p>
      <p>
        Zapłać, proszę, z linku poniżej (kartą, BLIK-iem lub przelewem). Płatność kartą zapisze ją na kolejne miesiące.
        Jeśli płatność nie wpłynie w terminie, dostęp zostanie wstrzymany zgodnie z umową.
      </p>
      <EmailButton href={p.payUrl}>Zapłać teraz</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: CardDeclinedProps) =>
  `Dzień dobry ${p.firstName},\n\nbank odrzucił obciążenie ${card(p)} kwotą ${amount(p)} (${p.label}, umowa ${p.contractNumber}).\n` +
  `Termin płatności: ${p.dueDate}.\n\nZapłać z linku (kartą, BLIK-iem lub przelewem): ${p.payUrl}\n` +
  `Jeśli płatność nie wpłynie w terminie, dostęp zostanie wstrzymany zgodnie z umową.\n\n— Planeta`;
