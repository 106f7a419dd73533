// What every dunning e-mail of the daily billing run (lib/billing/run) carries: plain data built in
// SQL for exactly the contracts a step moved, rendered when delivered. The pay link is signed here,
// at rendering, so the run's statement needs no secret.
import { chargePayUrl } from '@/lib/billing/payments/link';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { EmailButton } from '../layout';

export type BillingMailProps = {
  firstName: string;
  contractNumber: string;
  offerTitle: string;
  chargeId: string;
  chargeLabel: string;
  /** What is owed: the charge's amount less its discount, minor units. */
  amount: number;
  currency: string;
  /** Warsaw calendar day, YYYY-MM-DD. */
  dueDate: string;
  /**
   * A contract paid at a centre's desk (pay method DESK): the centre's address ('' when unknown);
   * the e-mail says the charge can be paid there in cash or by card, or by the link. Absent or
   * null for every other pay method (and in e-mails queued before it existed).
   */
  deskPlace?: string | null;
};

/** 2026-12-10 → "10 grudnia 2026" (noon UTC is the same calendar day in Warsaw). */
export const formatDay = (day: string) => formatDate(new Date(`${day}T12:00:00Z`));

export const owed = (p: BillingMailProps) => formatMoney(p.amount, p.currency);

export const payUrl = (p: BillingMailProps) => chargePayUrl(p.chargeId);

export function ChargeLine(p: BillingMailProps) {
  return (
    <p>
      Umowa <strong>{p.contractNumber}</strong> ({p.offerTitle}): {p.chargeLabel} — <strong>{owed(p)}</strong>, termin
      płatności {formatDay(p.dueDate)}.
    </p>
  );
}

const atDesk = (p: BillingMailProps) => typeof p.deskPlace === 'string';

/** DESK: where else the charge can be paid. */
export const deskText = (p: BillingMailProps) =>
  `Możesz zapłacić gotówką lub kartą w kasie centrum${p.deskPlace ? ` (${p.deskPlace})` : ''} albo przez internet z linku poniżej.`;

export function PayButton(p: BillingMailProps) {
  return (
    <>
      {atDesk(p) && <p>{deskText(p)}</p>}
      <EmailButton href={payUrl(p)}>Zapłać teraz</EmailButton>
    </>
  );
}

/** The plain-text pay line: the desk's sentence first for a DESK contract, then the link. */
export const payText = (p: BillingMailProps) => `${atDesk(p) ? `${deskText(p)}\n` : ''}Zapłać tutaj: ${payUrl(p)}`;

export const chargeText = (p: BillingMailProps) =>
  `Umowa ${p.contractNumber} (${p.offerTitle}): ${p.chargeLabel} — ${owed(p)}, termin płatności ${formatDay(p.dueDate)}.`;

export const footerText = '\n\n— Planeta';
