// The contract has ended: for non-payment (razem B9, Live L6, stationary S12) or because the
// payer's notice ran out (B7, S10). What is still owed stays owed and payable from the link.
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

/**
 * `unpaid`: ended for non-payment; `notice`: the notice period ran out. `owes`: the unpaid charge
 * stays owed (its classes were given); false when it was cancelled with the contract.
 */
export type TerminatedProps = BillingMailProps & { reason: 'unpaid' | 'notice'; owes?: boolean };

const owesCharge = (p: TerminatedProps) => p.reason === 'unpaid' && p.owes !== false;

export const subject = (p: Pick<TerminatedProps, 'contractNumber'>, locale: Locale) =>
  t(locale).terminated.subject(p.contractNumber);

const lead = (p: TerminatedProps, locale: Locale) =>
  (p.reason === 'unpaid' ? t(locale).terminated.unpaid : t(locale).terminated.notice)(p.contractNumber, p.offerTitle);

export function TerminatedEmail(p: TerminatedProps, locale: Locale) {
  return (
    <BillingLayout title={subject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>{lead(p, locale)}</p>
      {owesCharge(p) && (
        <>
          <p>{t(locale).terminated.owes}</p>
          <ChargeLine p={p} locale={locale} />
          <PayButton p={p} locale={locale} />
        </>
      )}
    </BillingLayout>
  );
}

export const text = (p: TerminatedProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${lead(p, locale)}` +
  (owesCharge(p) ? `\n\n${t(locale).terminated.owes}\n${chargeText(p, locale)}\n${payText(p, locale)}` : '') +
  footerText(locale);
