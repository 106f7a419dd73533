import type { Locale } from '@/lib/i18n';
import { mailDate } from '../dates';
import { EmailButton } from '../layout';
import { mailMoney } from '../money';
import { BillingLayout, footerText, greeting, t } from './shared';

// "Płatność przyjęta": a contract's charge was paid (lib/billing/contracts/paid.ts). On the first
// payment the contract comes into force (B3/B4); after a suspension access is back and the
// billing month starts on the payment day (B10). The VAT invoice comes separately. Amounts are
// minor units in `currency`, days YYYY-MM-DD (older rows hold them formatted, shown as stored).
export type BillingPaidProps = {
  firstName: string;
  number: string;
  title: string;
  label: string;
  amount: number;
  currency?: string;
  /** 'activated' on the first payment, 'resumed' after a suspension, else 'paid'. */
  effect: 'activated' | 'resumed' | 'paid';
  /** The last day of the paid period, when there is one. */
  paidThrough?: string | null;
  /** The next charge's date and amount, when one is scheduled. */
  next?: { amount: number; dueDate: string } | null;
  link: string;
  /** A class group's contract on its first payment (L8): where the classes are joined. */
  classesLink?: string | null;
};

export const subject = (p: Pick<BillingPaidProps, 'number'>, locale: Locale) => t(locale).paid.subject(p.number);

const lines = (p: BillingPaidProps, locale: Locale) => {
  const m = t(locale).paid;
  return [
    m.received(mailMoney(p.amount, p.currency, locale), p.label, p.number, p.title),
    p.effect === 'activated' ? m.activated : null,
    p.effect === 'resumed' ? m.resumed : null,
    p.paidThrough ? m.paidThrough(mailDate(p.paidThrough, locale)) : null,
    p.next ? m.next(mailMoney(p.next.amount, p.currency, locale), mailDate(p.next.dueDate, locale)) : null,
    p.classesLink ? m.classes(p.classesLink) : null,
    m.invoice,
  ].filter((l): l is string => l !== null);
};

export function BillingPaidEmail(p: BillingPaidProps, locale: Locale) {
  const m = t(locale);
  return (
    <BillingLayout title={subject(p, locale)} firstName={p.firstName} locale={locale}>
      {lines(p, locale).map((l) => (
        <p key={l}>{l}</p>
      ))}
      {p.classesLink && <EmailButton href={p.classesLink}>{m.paid.classesButton}</EmailButton>}
      <EmailButton href={p.link}>{m.myContracts}</EmailButton>
    </BillingLayout>
  );
}

export const text = (p: BillingPaidProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${lines(p, locale).join('\n')}\n\n` +
  `${t(locale).link(t(locale).myContracts, p.link)}${footerText(locale)}`;
