// Akcja Kontynuacja lost (AK §2.5): a payment more than 30 days overdue, so the remaining charges
// are at the regular price. Queued from SQL by the daily run (lib/billing/discounts/continuation.ts).
import type { Locale } from '@/lib/i18n';
import { EmailButton } from '../layout';
import { mailMoney } from '../money';
import { BillingLayout, footerText, greeting, t } from './shared';

export type DiscountDroppedProps = {
  firstName: string;
  contractNumber: string;
  offerTitle: string;
  /** What the remaining charges went up by in total (minor units). */
  raised: number;
  currency: string;
  link: string;
};

export const droppedSubject = (p: Pick<DiscountDroppedProps, 'contractNumber'>, locale: Locale) =>
  t(locale).discount.droppedSubject(p.contractNumber);

const line = (p: DiscountDroppedProps, locale: Locale) =>
  t(locale).discount.dropped(
    p.contractNumber,
    p.offerTitle,
    p.raised > 0 ? mailMoney(p.raised, p.currency, locale) : null,
  );

export function DiscountDroppedEmail(p: DiscountDroppedProps, locale: Locale) {
  return (
    <BillingLayout title={droppedSubject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>{line(p, locale)}</p>
      <EmailButton href={p.link}>{t(locale).myContracts}</EmailButton>
    </BillingLayout>
  );
}

export const droppedText = (p: DiscountDroppedProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${line(p, locale)}\n\n${t(locale).link(t(locale).myContracts, p.link)}${footerText(locale)}`;
