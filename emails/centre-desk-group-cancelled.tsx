import type { Locale } from '@/lib/i18n';
import { mailDate } from './dates';
import { EmailButton } from './layout';
import { mailMoney } from './money';
import { BillingLayout, footerText, greeting, t } from './billing/shared';

// A centre group cancelled (fewer than 6 children): the parent is told the contract ended, the
// classes held out of the year's, and the pro-rata refund — through PayU where the payment came
// that way, otherwise by transfer or at the desk from the centre within 14 days
// (lib/centres/cancel/cancel-group.ts). `refund` is minor units in `currency`, `refundBy` a day
// (YYYY-MM-DD); older rows hold both formatted in Polish and are shown as stored.
export type CentreGroupCancelledProps = {
  firstName: string;
  child: string;
  number: string;
  title: string;
  reason: string;
  held: number;
  classes: number;
  currency?: string;
  refund: number | null;
  /** 'payu': sent back through PayU; 'staff': the centre returns it by transfer or at the desk. */
  refundHow: 'payu' | 'staff' | 'mixed' | null;
  refundBy: string | null;
  link: string;
};

export const subject = (p: Pick<CentreGroupCancelledProps, 'number'>, locale: Locale) =>
  t(locale).groupCancelled.subject(p.number);

const lines = (p: CentreGroupCancelledProps, locale: Locale) => {
  const m = t(locale).groupCancelled;
  return [
    m.cancelled(p.title, p.child, p.reason, p.number),
    m.held(p.held, p.classes),
    p.refund && p.refundHow
      ? m.refund(mailMoney(p.refund, p.currency, locale), m.how[p.refundHow], mailDate(p.refundBy ?? '', locale))
      : m.noRefund,
  ];
};

export function CentreGroupCancelledEmail(p: CentreGroupCancelledProps, locale: Locale) {
  return (
    <BillingLayout title={subject(p, locale)} firstName={p.firstName} locale={locale}>
      {lines(p, locale).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <EmailButton href={p.link}>{t(locale).myContracts}</EmailButton>
    </BillingLayout>
  );
}

export const text = (p: CentreGroupCancelledProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${lines(p, locale).join('\n')}\n\n` +
  `${t(locale).link(t(locale).myContracts, p.link)}${footerText(locale)}`;
