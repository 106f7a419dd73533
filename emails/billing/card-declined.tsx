import type { Locale } from '@/lib/i18n';
import { mailDate } from '../dates';
import { EmailButton } from '../layout';
import { mailMoney } from '../money';
import { BillingLayout, footerText, greeting, t } from './shared';

// Sent when the stored card of a contract is declined (lib/billing/payments/card.ts, settled in
// lib/settlement/contract-charges.ts): the payer pays from the link instead, before the due date
// if they can; the reminders and the dunning steps of the contract go on as usual.
export type CardDeclinedProps = {
  firstName: string;
  contractNumber: string;
  label: string;
  amount: number;
  currency: string;
  /** The charge's due date, YYYY-MM-DD (older rows: formatted in Warsaw, shown as stored). */
  dueDate: string;
  cardLabel: string | null;
  payUrl: string;
};

export const subject = (p: Pick<CardDeclinedProps, 'contractNumber'>, locale: Locale) =>
  t(locale).cardDeclined.subject(p.contractNumber);

const declined = (p: CardDeclinedProps, locale: Locale) => {
  const m = t(locale).cardDeclined;
  return m.declined(m.card(p.cardLabel), mailMoney(p.amount, p.currency, locale), p.label, p.contractNumber);
};

const due = (p: CardDeclinedProps, locale: Locale) => t(locale).cardDeclined.due(mailDate(p.dueDate, locale));

export function CardDeclinedEmail(p: CardDeclinedProps, locale: Locale) {
  const m = t(locale);
  return (
    <BillingLayout title={subject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>
        {declined(p, locale)} {due(p, locale)}
      </p>
      <p>
        {m.cardDeclined.payFrom} {m.cardDeclined.late}
      </p>
      <EmailButton href={p.payUrl}>{m.payNow}</EmailButton>
    </BillingLayout>
  );
}

export const text = (p: CardDeclinedProps, locale: Locale) => {
  const m = t(locale).cardDeclined;
  return (
    `${greeting(p.firstName, locale)}\n\n${declined(p, locale)}\n${due(p, locale)}\n\n` +
    `${m.payFromText(p.payUrl)}\n${m.late}${footerText(locale)}`
  );
};
