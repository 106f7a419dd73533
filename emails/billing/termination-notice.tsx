// Wypowiedzenie umowy for non-payment after the demand (stationary S12): the contract ends on
// `endsOn` (7 days' notice) unless the arrears are paid before.
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

export type TerminationNoticeProps = BillingMailProps & { endsOn: string };

export const subject = (p: Pick<TerminationNoticeProps, 'contractNumber'>, locale: Locale) =>
  t(locale).terminationNotice.subject(p.contractNumber);

const lead = (p: TerminationNoticeProps, locale: Locale) =>
  t(locale).terminationNotice.lead(formatDay(p.endsOn, locale));

export function TerminationNoticeEmail(p: TerminationNoticeProps, locale: Locale) {
  return (
    <BillingLayout title={subject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>{lead(p, locale)}</p>
      <ChargeLine p={p} locale={locale} />
      <PayButton p={p} locale={locale} />
    </BillingLayout>
  );
}

export const text = (p: TerminationNoticeProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${lead(p, locale)}\n${chargeText(p, locale)}\n\n${payText(p, locale)}${footerText(locale)}`;
