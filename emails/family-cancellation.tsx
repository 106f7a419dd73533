import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from './dates';
import { mailMoney } from './money';
import { EmailButton, EmailLayout } from './layout';

export type FamilyCancellationProps = {
  firstName: string;
  childName: string;
  packageName: string;
  withdrawal: boolean;
  /** When the child's access ends: an ISO timestamp (older rows hold it formatted). */
  effectiveAt: string;
  /** Minor units in `currency` (older rows: formatted, shown as stored). */
  refund: number;
  currency?: string;
  link: string;
};

const t = (locale: Locale) => messages(locale).emailsFamilies;

export const subject = ({ withdrawal }: Pick<FamilyCancellationProps, 'withdrawal'>, locale: Locale) =>
  withdrawal ? t(locale).cancellation.withdrawalSubject : t(locale).cancellation.cancellationSubject;

const received = (p: FamilyCancellationProps, locale: Locale) => {
  const m = t(locale).cancellation;
  return `${p.withdrawal ? m.withdrawal : m.cancellation}: ${p.packageName}, ${p.childName}.`;
};

export function FamilyCancellationEmail(p: FamilyCancellationProps, locale: Locale) {
  const m = t(locale).cancellation;
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      <p>
        {received(p, locale)} {m.accessEnds(mailDateTime(p.effectiveAt, locale))}
      </p>
      <p>
        {m.refundLead} <strong>{mailMoney(p.refund, p.currency, locale)}</strong>. {m.refundWay}
      </p>
      <EmailButton href={p.link}>{t(locale).myFamily}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: FamilyCancellationProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale).cancellation;
  return (
    `${emails.greeting(p.firstName)}\n\n${received(p, locale)}\n${m.accessEnds(mailDateTime(p.effectiveAt, locale))}\n` +
    `${m.refundText(mailMoney(p.refund, p.currency, locale))}\n${p.link}\n\n${emails.signature}`
  );
};
