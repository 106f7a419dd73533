// The contract is suspended for an unpaid charge (razem B8): access stops until it is paid, and
// paying restores it at once with the next period counted from the payment day (B10).
import { EmailLayout } from '../layout';
import { ChargeLine, PayButton, chargeText, footerText, formatDay, payText, type BillingMailProps } from './shared';

/** `terminatesOn`: the day the contract ends if still unpaid (null: the plan does not end it). */
export type SuspendedProps = BillingMailProps & { terminatesOn: string | null };

export const subject = (p: SuspendedProps) => `Dostęp zawieszony — umowa ${p.contractNumber}`;

const ending = (p: SuspendedProps) =>
  p.terminatesOn ? `Jeśli płatność nie wpłynie, umowa wygaśnie ${formatDay(p.terminatesOn)}.` : '';

export function SuspendedEmail(p: SuspendedProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>nie otrzymaliśmy płatności w terminie, dlatego dostęp do kursu został zawieszony.</p>
      <ChargeLine {...p} />
      <p>Po zapłacie dostęp wróci od razu, a kolejny okres rozliczeniowy będzie liczony od dnia wpłaty. {ending(p)}</p>
      <PayButton {...p} />
    </EmailLayout>
  );
}

export const text = (p: SuspendedProps) =>
  `Dzień dobry ${p.firstName},\n\nnie otrzymaliśmy płatności w terminie, dlatego dostęp do kursu został zawieszony.\n` +
  `${chargeText(p)}\n\nPo zapłacie dostęp wróci od razu, a kolejny okres rozliczeniowy będzie liczony od dnia wpłaty. ` +
  `${ending(p)}\n${payText(p)}${footerText}`;
