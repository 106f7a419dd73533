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

export function PayButton(p: BillingMailProps) {
  return <EmailButton href={payUrl(p)}>Zapłać teraz</EmailButton>;
}

export const chargeText = (p: BillingMailProps) =>
  `Umowa ${p.contractNumber} (${p.offerTitle}): ${p.chargeLabel} — ${owed(p)}, termin płatności ${formatDay(p.dueDate)}.`;

export const footerText = '\n\n— Planeta';
