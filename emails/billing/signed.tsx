import type { Locale } from '@/lib/i18n';
import { mailDate } from '../dates';
import { EmailButton } from '../layout';
import { mailMoney } from '../money';
import { BillingLayout, footerText, greeting, t } from './shared';

// "Umowa zawarta — zapłać": sent when a contract is signed (lib/billing/contracts/sign.ts), with
// the pay link of the first charge, or the pro-forma for a bank transfer (licence A5). The
// contract comes into force when the first payment is booked (razem B3, licence A8). Amounts are
// minor units in `currency`, days YYYY-MM-DD, formatted in the reader's language (older rows hold
// them formatted in Polish and are shown as stored).
export type BillingSignedProps = {
  firstName: string;
  number: string;
  title: string;
  /** The first charge: what, how much, by when. */
  label: string;
  amount: number;
  currency?: string;
  dueDate: string;
  /** The whole schedule as shown at signing. */
  schedule: { label: string; amount: number; dueDate: string }[];
  /** The pay link, or the pro-forma's PDF for a transfer. */
  link: string;
  transfer: boolean;
  proformaNumber?: string | null;
  termsVersion: string;
};

export const subject = (p: Pick<BillingSignedProps, 'number'>, locale: Locale) => t(locale).signed.subject(p.number);

const money = (p: BillingSignedProps, amount: number, locale: Locale) => mailMoney(amount, p.currency, locale);

const intro = (p: BillingSignedProps, locale: Locale) => {
  const m = t(locale).signed;
  const amount = money(p, p.amount, locale);
  const due = mailDate(p.dueDate, locale);
  return p.transfer
    ? m.transfer(p.number, p.title, amount, p.proformaNumber ?? null, due)
    : m.card(p.number, p.title, p.label, amount, due);
};

const scheduleLines = (p: BillingSignedProps, locale: Locale) =>
  p.schedule.map((s) =>
    t(locale).signed.scheduleLine(s.label, money(p, s.amount, locale), mailDate(s.dueDate, locale)),
  );

export function BillingSignedEmail(p: BillingSignedProps, locale: Locale) {
  const m = t(locale);
  return (
    <BillingLayout title={subject(p, locale)} firstName={p.firstName} locale={locale}>
      <p>{intro(p, locale)}</p>
      <EmailButton href={p.link}>{p.transfer ? m.signed.proformaButton : m.payNow}</EmailButton>
      <p>{m.signed.schedule}</p>
      <ul>
        {scheduleLines(p, locale).map((l, k) => (
          <li key={k}>{l}</li>
        ))}
      </ul>
      <p style={{ fontSize: 13, color: '#4b5563' }}>{m.signed.withdrawal(p.termsVersion)}</p>
    </BillingLayout>
  );
}

export const text = (p: BillingSignedProps, locale: Locale) => {
  const m = t(locale);
  return (
    `${greeting(p.firstName, locale)}\n\n${intro(p, locale)}\n\n` +
    `${m.link(p.transfer ? m.signed.proformaText : m.payNow, p.link)}\n\n` +
    `${m.signed.schedule}\n${scheduleLines(p, locale)
      .map((l) => `- ${l}`)
      .join('\n')}\n\n` +
    `${m.signed.withdrawal(p.termsVersion)}${footerText(locale)}`
  );
};
