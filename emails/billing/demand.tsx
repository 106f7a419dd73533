// Wezwanie do zapłaty (stationary S8): overdue 7 days, 7 more days to pay before the centre may
// give notice of termination (S12).
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

export type DemandProps = BillingMailProps & { payBy: string };

export const subject = (p: Pick<DemandProps, 'contractNumber'>, locale: Locale) =>
  t(locale).demand.subject(p.contractNumber);

export function DemandEmail(p: DemandProps, locale: Locale) {
  const m = t(locale).demand;
  return (
    <BillingLayout title={subject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>{m.lead(formatDay(p.payBy, locale))}</p>
      <ChargeLine p={p} locale={locale} />
      <p>{m.notice}</p>
      <PayButton p={p} locale={locale} />
    </BillingLayout>
  );
}

export const text = (p: DemandProps, locale: Locale) => {
  const m = t(locale).demand;
  return (
    `${greeting(p.firstName, locale)}\n\n${m.lead(formatDay(p.payBy, locale))}\n` +
    `${chargeText(p, locale)}\n\n${m.notice}\n${payText(p, locale)}${footerText(locale)}`
  );
};
