// The contract is suspended for an unpaid charge (razem B8): access stops until it is paid, and
// paying restores it at once with the next period counted from the payment day (B10).
import type { Locale } from '@/lib/i18n';
import {
  BillingLayout,
  ChargeLine,
  PayButton,
  chargeText,
  footerText,
  formatDay,
  greeting,
  payText,
  t,
  type BillingMailProps,
} from './shared';

/** `terminatesOn`: the day the contract ends if still unpaid (null: the plan does not end it). */
export type SuspendedProps = BillingMailProps & { terminatesOn: string | null };

export const subject = (p: Pick<SuspendedProps, 'contractNumber'>, locale: Locale) =>
  t(locale).suspended.subject(p.contractNumber);

const back = (p: SuspendedProps, locale: Locale) => {
  const m = t(locale).suspended;
  return p.terminatesOn ? `${m.back} ${m.ends(formatDay(p.terminatesOn, locale))}` : m.back;
};

export function SuspendedEmail(p: SuspendedProps, locale: Locale) {
  return (
    <BillingLayout title={subject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>{t(locale).suspended.lead}</p>
      <ChargeLine p={p} locale={locale} />
      <p>{back(p, locale)}</p>
      <PayButton p={p} locale={locale} />
    </BillingLayout>
  );
}

export const text = (p: SuspendedProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${t(locale).suspended.lead}\n` +
  `${chargeText(p, locale)}\n\n${back(p, locale)}\n${payText(p, locale)}${footerText(locale)}`;
