import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from '../dates';
import { EmailButton, EmailLayout } from '../layout';
import { mailMoney } from '../money';

// A Live class of a paid period was cancelled (fewer than 6 participants, L13): the payer is told
// the pro-rata refund that went to PayU (lib/live-maths/class-refunds.ts). `startsAt` is an ISO
// timestamp (older rows hold it formatted).
export type LiveClassRefundProps = {
  firstName: string;
  number: string;
  title: string;
  startsAt: string;
  /** Minor units in `currency` (older rows: formatted, shown as stored). */
  amount: number;
  currency?: string;
  link: string;
};

const t = (locale: Locale) => messages(locale).emailsLive.classRefund;

export const subject = (p: Pick<LiveClassRefundProps, 'number'>, locale: Locale) => t(locale).subject(p.number);

const lines = (p: LiveClassRefundProps, locale: Locale) => [
  t(locale).cancelled(p.title, mailDateTime(p.startsAt, locale)),
  t(locale).amount(mailMoney(p.amount, p.currency, locale)),
];

export function LiveClassRefundEmail(p: LiveClassRefundProps, locale: Locale) {
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      {lines(p, locale).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <EmailButton href={p.link}>{t(locale).button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: LiveClassRefundProps, locale: Locale) => {
  const { emails } = messages(locale);
  return `${emails.greeting(p.firstName)}\n\n${lines(p, locale).join('\n')}\n\n${t(locale).link(p.link)}\n\n${emails.signature}`;
};
