// Wypowiedzenie umowy for non-payment after the demand (stationary S12): the contract ends on
// `endsOn` (7 days' notice) unless the arrears are paid before.
import { EmailLayout } from '../layout';
import { ChargeLine, PayButton, chargeText, footerText, formatDay, payText, type BillingMailProps } from './shared';

export type TerminationNoticeProps = BillingMailProps & { endsOn: string };

export const subject = (p: TerminationNoticeProps) => `Wypowiedzenie umowy ${p.contractNumber}`;

export function TerminationNoticeEmail(p: TerminationNoticeProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        mimo wezwania do zapłaty należność nie została uregulowana. Wypowiadamy umowę z zachowaniem 7 dni: umowa
        wygaśnie <strong>{formatDay(p.endsOn)}</strong>, jeśli do tego dnia nie otrzymamy płatności.
      </p>
      <ChargeLine {...p} />
      <PayButton {...p} />
    </EmailLayout>
  );
}

export const text = (p: TerminationNoticeProps) =>
  `Dzień dobry ${p.firstName},\n\nmimo wezwania do zapłaty należność nie została uregulowana. Wypowiadamy umowę ` +
  `z zachowaniem 7 dni: umowa wygaśnie ${formatDay(p.endsOn)}, jeśli do tego dnia nie otrzymamy płatności.\n` +
  `${chargeText(p)}\n\n${payText(p)}${footerText}`;
