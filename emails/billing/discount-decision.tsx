// The payer's answer to a declared discount (L7, S7 §2.4): granted; or rejected, so the full price
// applies (an under-paid part as a top-up with its pay link) and the payer may withdraw.
import { formatMoney } from '@/lib/format/money';
import { EmailButton, EmailLayout } from '../layout';

export type DiscountAcceptedProps = {
  firstName: string;
  contractNumber: string;
  offerTitle: string;
  discount: string;
  /** Set for a referrer's benefit: the charge it was taken off. */
  appliedTo?: string;
  link: string;
};

export type DiscountRejectedProps = {
  firstName: string;
  contractNumber: string;
  offerTitle: string;
  discount: string;
  reason: string;
  currency: string;
  /** What the remaining charges went up by in total (minor units). */
  raised: number;
  /** The top-up for what was under-paid on paid charges, with its due date and pay link. */
  topUp: { amount: number; due: string; link: string } | null;
  withdrawUntil: string;
  link: string;
};

export const acceptedSubject = (p: DiscountAcceptedProps) => `${p.discount} przyznany — umowa ${p.contractNumber}`;
export const rejectedSubject = (p: DiscountRejectedProps) =>
  `${p.discount} nie przysługuje — umowa ${p.contractNumber}`;

const acceptedLine = (p: DiscountAcceptedProps) =>
  p.appliedTo
    ? `za polecenie nowego klienta przyznaliśmy Ci rabat w umowie ${p.contractNumber} (${p.offerTitle}). Odliczyliśmy go od płatności: ${p.appliedTo}.`
    : `zweryfikowaliśmy rabat „${p.discount}” w umowie ${p.contractNumber} (${p.offerTitle}) — przysługuje, harmonogram płatności się nie zmienia.`;

export function DiscountAcceptedEmail(p: DiscountAcceptedProps) {
  return (
    <EmailLayout title={acceptedSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>{acceptedLine(p)}</p>
      <EmailButton href={p.link}>Moje umowy</EmailButton>
    </EmailLayout>
  );
}

export const acceptedText = (p: DiscountAcceptedProps) =>
  `Dzień dobry ${p.firstName},\n\n${acceptedLine(p)}\n\nMoje umowy: ${p.link}\n\n— Planeta`;

const rejectedLines = (p: DiscountRejectedProps) => [
  `po weryfikacji rabat „${p.discount}” w umowie ${p.contractNumber} (${p.offerTitle}) nie przysługuje. Powód: ${p.reason}`,
  'Zgodnie z regulaminem obowiązuje pełna cena zajęć.' +
    (p.raised > 0 ? ` Kolejne płatności wzrosły łącznie o ${formatMoney(p.raised, p.currency)}.` : ''),
  ...(p.topUp
    ? [
        `Za już opłacone płatności naliczyliśmy dopłatę ${formatMoney(p.topUp.amount, p.currency)} — termin płatności: ${p.topUp.due}.`,
      ]
    : []),
  `Jeśli pełna cena Ci nie odpowiada, masz prawo odstąpić od umowy do ${p.withdrawUntil} — w „Moich umowach” albo przez formularz kontaktowy. Zwrócimy wtedy wpłacone kwoty (poza bezzwrotnym Pakietem Kursanta).`,
];

export function DiscountRejectedEmail(p: DiscountRejectedProps) {
  const lines = rejectedLines(p);
  return (
    <EmailLayout title={rejectedSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      {lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
      {p.topUp && <EmailButton href={p.topUp.link}>Zapłać dopłatę</EmailButton>}
      <p>
        <a href={p.link}>Moje umowy</a>
      </p>
    </EmailLayout>
  );
}

export const rejectedText = (p: DiscountRejectedProps) =>
  `Dzień dobry ${p.firstName},\n\n${rejectedLines(p).join('\n\n')}\n\n` +
  (p.topUp ? `Zapłać dopłatę: ${p.topUp.link}\n\n` : '') +
  `Moje umowy: ${p.link}\n\n— Planeta`;
