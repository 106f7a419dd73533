// The payment e-mails of the daily run before anything happens to the contract: the pay link when
// a charge's time comes (Live: when the period's 3rd class ends, L6) and the reminders at the
// plan's offsets before, on and after the due date (B8, S8, A9).
import { EmailLayout } from '../layout';
import { ChargeLine, PayButton, chargeText, footerText, payText, type BillingMailProps } from './shared';

export type PayLinkProps = BillingMailProps;

export const linkSubject = (p: PayLinkProps) => `Do zapłaty: ${p.chargeLabel} — umowa ${p.contractNumber}`;

export function PayLinkEmail(p: PayLinkProps) {
  return (
    <EmailLayout title={linkSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>przygotowaliśmy kolejną płatność w ramach Twojej umowy.</p>
      <ChargeLine {...p} />
      <p>Płatność z tego linku tworzymy dopiero, gdy go otworzysz, więc link działa aż do terminu płatności.</p>
      <PayButton {...p} />
    </EmailLayout>
  );
}

export const linkText = (p: PayLinkProps) =>
  `Dzień dobry ${p.firstName},\n\nprzygotowaliśmy kolejną płatność w ramach Twojej umowy.\n${chargeText(p)}\n\n` +
  `${payText(p)}${footerText}`;

/** `stage`: before the due date, on it, or after it; `days` = how many days before or after. */
export type ReminderProps = BillingMailProps & { stage: 'before' | 'due' | 'after'; days: number };

export const reminderSubject = (p: ReminderProps) => `Przypomnienie o płatności — umowa ${p.contractNumber}`;

function when(p: ReminderProps): string {
  if (p.stage === 'due') return 'Termin płatności mija dziś.';
  if (p.stage === 'before')
    return p.days === 1 ? 'Termin płatności mija jutro.' : `Termin płatności mija za ${p.days} dni.`;
  return p.days === 1
    ? 'Termin płatności minął wczoraj i nie widzimy jeszcze wpłaty.'
    : `Termin płatności minął ${p.days} dni temu i nie widzimy jeszcze wpłaty.`;
}

export function ReminderEmail(p: ReminderProps) {
  return (
    <EmailLayout title={reminderSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>{when(p)}</p>
      <ChargeLine {...p} />
      <p>Jeśli płatność została już wykonana, zignoruj tę wiadomość.</p>
      <PayButton {...p} />
    </EmailLayout>
  );
}

export const reminderText = (p: ReminderProps) =>
  `Dzień dobry ${p.firstName},\n\n${when(p)}\n${chargeText(p)}\n\n` +
  `Jeśli płatność została już wykonana, zignoruj tę wiadomość.\n${payText(p)}${footerText}`;
