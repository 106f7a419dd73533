// The payer's answer to a declared discount (L7, S7 §2.4): granted; or rejected, so the full price
// applies (an under-paid part as a top-up with its pay link) and the payer may withdraw. The
// discount is its type code (ContractDiscount.type), named in the reader's language.
import type { Locale } from '@/lib/i18n';
import { mailDate } from '../dates';
import { EmailButton } from '../layout';
import { mailMoney } from '../money';
import { BillingLayout, footerText, greeting, t } from './shared';

export type DiscountAcceptedProps = {
  firstName: string;
  contractNumber: string;
  offerTitle: string;
  discountType: string;
  /** Set for a referrer's benefit: the charge it was taken off. */
  appliedTo?: string;
  link: string;
};

export type DiscountRejectedProps = {
  firstName: string;
  contractNumber: string;
  offerTitle: string;
  discountType: string;
  reason: string;
  currency: string;
  /** What the remaining charges went up by in total (minor units). */
  raised: number;
  /** The top-up for what was under-paid on paid charges, with its due day (YYYY-MM-DD) and pay link. */
  topUp: { amount: number; due: string; link: string } | null;
  /** The last moment to withdraw, an ISO timestamp. */
  withdrawUntil: string;
  link: string;
};

const typeName = (type: string, locale: Locale) => t(locale).discount.types[type] ?? type;

export const acceptedSubject = (p: Pick<DiscountAcceptedProps, 'discountType' | 'contractNumber'>, locale: Locale) =>
  t(locale).discount.acceptedSubject(typeName(p.discountType, locale), p.contractNumber);
export const rejectedSubject = (p: Pick<DiscountRejectedProps, 'discountType' | 'contractNumber'>, locale: Locale) =>
  t(locale).discount.rejectedSubject(typeName(p.discountType, locale), p.contractNumber);

const acceptedLine = (p: DiscountAcceptedProps, locale: Locale) => {
  const m = t(locale).discount;
  return p.appliedTo
    ? m.referral(p.contractNumber, p.offerTitle, p.appliedTo)
    : m.accepted(typeName(p.discountType, locale), p.contractNumber, p.offerTitle);
};

export function DiscountAcceptedEmail(p: DiscountAcceptedProps, locale: Locale) {
  return (
    <BillingLayout title={acceptedSubject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>{acceptedLine(p, locale)}</p>
      <EmailButton href={p.link}>{t(locale).myContracts}</EmailButton>
    </BillingLayout>
  );
}

export const acceptedText = (p: DiscountAcceptedProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${acceptedLine(p, locale)}\n\n` +
  `${t(locale).link(t(locale).myContracts, p.link)}${footerText(locale)}`;

const rejectedLines = (p: DiscountRejectedProps, locale: Locale) => {
  const m = t(locale).discount;
  const money = (n: number) => mailMoney(n, p.currency, locale);
  return [
    m.rejected(typeName(p.discountType, locale), p.contractNumber, p.offerTitle, p.reason),
    m.fullPrice + (p.raised > 0 ? m.raised(money(p.raised)) : ''),
    ...(p.topUp ? [m.topUp(money(p.topUp.amount), mailDate(p.topUp.due, locale))] : []),
    m.withdraw(mailDate(p.withdrawUntil, locale)),
  ];
};

export function DiscountRejectedEmail(p: DiscountRejectedProps, locale: Locale) {
  const m = t(locale);
  return (
    <BillingLayout title={rejectedSubject(p, locale)} firstName={p.firstName} locale={locale}>
      {rejectedLines(p, locale).map((l) => (
        <p key={l}>{l}</p>
      ))}
      {p.topUp && <EmailButton href={p.topUp.link}>{m.discount.payTopUp}</EmailButton>}
      <p>
        <a href={p.link}>{m.myContracts}</a>
      </p>
    </BillingLayout>
  );
}

export const rejectedText = (p: DiscountRejectedProps, locale: Locale) => {
  const m = t(locale);
  return (
    `${greeting(p.firstName, locale)}\n\n${rejectedLines(p, locale).join('\n\n')}\n\n` +
    (p.topUp ? `${m.link(m.discount.payTopUp, p.topUp.link)}\n\n` : '') +
    `${m.link(m.myContracts, p.link)}${footerText(locale)}`
  );
};
