// The first payment never came by its deadline: the order is void and nothing is owed (licence
// pro-forma unpaid by its deadline, A9; any plan whose first charge is never paid).
import type { Locale } from '@/lib/i18n';
import { BillingLayout, chargeText, footerText, greeting, t, type BillingMailProps } from './shared';

export type VoidedProps = BillingMailProps;

export const subject = (p: Pick<VoidedProps, 'contractNumber'>, locale: Locale) =>
  t(locale).voided.subject(p.contractNumber);

export function VoidedEmail(p: VoidedProps, locale: Locale) {
  return (
    <BillingLayout title={subject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>{t(locale).voided.lead}</p>
      <p>{chargeText(p, locale)}</p>
    </BillingLayout>
  );
}

export const text = (p: VoidedProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${t(locale).voided.lead}\n${chargeText(p, locale)}${footerText(locale)}`;
