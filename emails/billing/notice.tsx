import type { Locale } from '@/lib/i18n';
import { quoteLineLabel, type QuoteLine } from '@/lib/billing/rules/termination';
import { mailDate } from '../dates';
import { EmailButton } from '../layout';
import { mailMoney } from '../money';
import { BillingLayout, footerText, greeting, t } from './shared';

// "Wypowiedzenie przyjęte": the payer's notice (or withdrawal) confirmed on a durable medium, with
// the day the contract ends and the settlement (lib/billing/contracts/state.ts giveNotice).
// Amounts are minor units in `currency`, days YYYY-MM-DD (older rows: formatted, shown as stored).
export type BillingNoticeProps = {
  firstName: string;
  number: string;
  title: string;
  withdrawal: boolean;
  /** The last day of access. */
  endsOn: string;
  currency?: string;
  refund: number | null;
  /** Refund by this day (14 days: art. 32; S13 after the notice period). */
  refundBy: string | null;
  owed: number | null;
  /** `code` (+ `param`): the quote line's text key (lib/billing/rules/termination.ts); `label` its Polish text. */
  lines: { label: string; amount: number; code?: QuoteLine['code']; param?: string }[];
  link: string;
};

export const subject = (p: Pick<BillingNoticeProps, 'number' | 'withdrawal'>, locale: Locale) =>
  t(locale).notice.subject(p.number, p.withdrawal);

const money = (p: BillingNoticeProps, n: number, locale: Locale) => mailMoney(n, p.currency, locale);

const body = (p: BillingNoticeProps, locale: Locale) => {
  const m = t(locale).notice;
  const ends = mailDate(p.endsOn, locale);
  return [
    p.withdrawal ? m.withdrawal(p.number, p.title, ends) : m.notice(p.number, p.title, ends),
    p.refund ? m.refund(money(p, p.refund, locale), p.refundBy ? mailDate(p.refundBy, locale) : null) : null,
    p.owed ? m.owed(money(p, p.owed, locale)) : null,
  ].filter((l): l is string => l !== null);
};

const lineText = (p: BillingNoticeProps, l: BillingNoticeProps['lines'][number], locale: Locale) =>
  `${l.code ? quoteLineLabel({ code: l.code, param: l.param }, t(locale).notice.quote) : l.label}: ${money(p, l.amount, locale)}`;

export function BillingNoticeEmail(p: BillingNoticeProps, locale: Locale) {
  return (
    <BillingLayout title={subject(p, locale)} firstName={p.firstName} locale={locale}>
      {body(p, locale).map((l) => (
        <p key={l}>{l}</p>
      ))}
      {p.lines.length > 0 && (
        <ul>
          {p.lines.map((l) => (
            <li key={l.label}>{lineText(p, l, locale)}</li>
          ))}
        </ul>
      )}
      <EmailButton href={p.link}>{t(locale).myContracts}</EmailButton>
    </BillingLayout>
  );
}

export const text = (p: BillingNoticeProps, locale: Locale) =>
  `${greeting(p.firstName, locale)}\n\n${body(p, locale).join('\n')}\n` +
  (p.lines.length > 0 ? `\n${p.lines.map((l) => `- ${lineText(p, l, locale)}`).join('\n')}\n` : '') +
  `\n${t(locale).link(t(locale).myContracts, p.link)}${footerText(locale)}`;
