// Wezwanie do zapłaty (stationary S8): overdue 7 days, 7 more days to pay before the centre may
// give notice of termination (S12).
import { EmailLayout } from '../layout';
import { ChargeLine, PayButton, chargeText, footerText, formatDay, payText, type BillingMailProps } from './shared';

export type DemandProps = BillingMailProps & { payBy: string };

export const subject = (p: DemandProps) => `Wezwanie do zapłaty — umowa ${p.contractNumber}`;

export function DemandEmail(p: DemandProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        wzywamy do zapłaty zaległej należności w terminie do <strong>{formatDay(p.payBy)}</strong>.
      </p>
      <ChargeLine {...p} />
      <p>Jeśli należność nie zostanie zapłacona w tym terminie, możemy wypowiedzieć umowę z zachowaniem 7 dni.</p>
      <PayButton {...p} />
    </EmailLayout>
  );
}

export const text = (p: DemandProps) =>
  `Dzień dobry ${p.firstName},\n\nwzywamy do zapłaty zaległej należności w terminie do ${formatDay(p.payBy)}.\n` +
  `${chargeText(p)}\n\nJeśli należność nie zostanie zapłacona w tym terminie, możemy wypowiedzieć umowę ` +
  `z zachowaniem 7 dni.\n${payText(p)}${footerText}`;
