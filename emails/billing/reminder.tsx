// The payment e-mails of the daily run before anything happens to the contract: the pay link when
// a charge's time comes (Live: when the period's 3rd class ends, L6) and the reminders at the
// plan's offsets before, on and after the due date (B8, S8, A9).
import type { Locale } from '@/lib/i18n';
import {
  BillingLayout,
  ChargeLine,
  PayButton,
  chargeText,
  footerText,
  greeting,
  payText,
  t,
  type BillingMailProps,
} from './shared';

export type PayLinkProps = BillingMailProps;

export const linkSubject = (p: Pick<PayLinkProps, 'chargeLabel' | 'contractNumber'>, locale: Locale) =>
  t(locale).payLink.subject(p.chargeLabel, p.contractNumber);

export function PayLinkEmail(p: PayLinkProps, locale: Locale) {
  const m = t(locale).payLink;
  return (
    <BillingLayout title={linkSubject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>{m.lead}</p>
      <ChargeLine p={p} locale={locale} />
      <p>{m.note}</p>
      <PayButton p={p} locale={locale} />
    </BillingLayout>
  );
}

export const linkText = (p: PayLinkProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${t(locale).payLink.lead}\n${chargeText(p, locale)}\n\n` +
  `${payText(p, locale)}${footerText(locale)}`;

/** `stage`: before the due date, on it, or after it; `days` = how many days before or after. */
export type ReminderProps = BillingMailProps & { stage: 'before' | 'due' | 'after'; days: number };

export const reminderSubject = (p: Pick<ReminderProps, 'contractNumber'>, locale: Locale) =>
  t(locale).reminder.subject(p.contractNumber);

function when(p: ReminderProps, locale: Locale): string {
  const m = t(locale).reminder;
  if (p.stage === 'due') return m.dueToday;
  return p.stage === 'before' ? m.before(p.days) : m.after(p.days);
}

export function ReminderEmail(p: ReminderProps, locale: Locale) {
  return (
    <BillingLayout title={reminderSubject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>{when(p, locale)}</p>
      <ChargeLine p={p} locale={locale} />
      <p>{t(locale).reminder.ignore}</p>
      <PayButton p={p} locale={locale} />
    </BillingLayout>
  );
}

export const reminderText = (p: ReminderProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${when(p, locale)}\n${chargeText(p, locale)}\n\n` +
  `${t(locale).reminder.ignore}\n${payText(p, locale)}${footerText(locale)}`;
