// A privacy request's e-mails: the receipt with its 30-day term (to the person), the notice to
// staff, and staff's decision with the reply. `kind` is the request's code (PrivacyRequestKind),
// named in the reader's language; `receivedAt` and `lastDay` (the term's last instant) are ISO
// timestamps. Older rows hold them formatted in Polish and are shown as stored.
import { messages, type Locale } from '@/lib/i18n';
import { mailDate, mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

export type PrivacyRequestProps = {
  number: string;
  name: string;
  kind: string;
  details: string;
  receivedAt: string;
  lastDay: string;
  link: string;
};
export type PrivacyDecisionProps = { number: string; name: string; kind: string; refused: boolean; reply: string };

const t = (locale: Locale) => messages(locale).emailsSupport.privacy;
const kindName = (kind: string, locale: Locale) =>
  (messages(locale).privacy.requests.kinds as Record<string, string>)[kind] ?? kind;
const quote = { whiteSpace: 'pre-wrap', borderLeft: '3px solid #cbd5e1', paddingLeft: 12 } as const;

export const receivedSubject = (p: Pick<PrivacyRequestProps, 'number'>, locale: Locale) =>
  t(locale).receivedSubject(p.number);

const receivedLine = (p: PrivacyRequestProps, locale: Locale) =>
  t(locale).received(
    mailDateTime(p.receivedAt, locale),
    kindName(p.kind, locale),
    p.number,
    mailDate(p.lastDay, locale),
  );

export function PrivacyRequestReceivedEmail(p: PrivacyRequestProps, locale: Locale) {
  return (
    <EmailLayout title={receivedSubject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.name)}</p>
      <p>{receivedLine(p, locale)}</p>
      <p style={quote}>{p.details}</p>
    </EmailLayout>
  );
}

export const receivedText = (p: PrivacyRequestProps, locale: Locale) => {
  const { emails } = messages(locale);
  return `${emails.greeting(p.name)}\n\n${receivedLine(p, locale)}\n\n${p.details}\n\n${emails.signature}`;
};

export const staffSubject = (p: Pick<PrivacyRequestProps, 'number' | 'kind' | 'lastDay'>, locale: Locale) =>
  t(locale).staffSubject(p.number, kindName(p.kind, locale), mailDate(p.lastDay, locale));

const staffLine = (p: PrivacyRequestProps, locale: Locale) =>
  t(locale).staff(p.name, kindName(p.kind, locale), mailDateTime(p.receivedAt, locale), mailDate(p.lastDay, locale));

export function PrivacyRequestStaffEmail(p: PrivacyRequestProps, locale: Locale) {
  return (
    <EmailLayout title={staffSubject(p, locale)} locale={locale}>
      <p>{staffLine(p, locale)}</p>
      <p style={quote}>{p.details}</p>
      <EmailButton href={p.link}>{t(locale).open}</EmailButton>
    </EmailLayout>
  );
}

export const staffText = (p: PrivacyRequestProps, locale: Locale) =>
  `${staffLine(p, locale)}\n\n${p.details}\n\n${p.link}`;

export const decidedSubject = (p: Pick<PrivacyDecisionProps, 'number'>, locale: Locale) =>
  t(locale).decidedSubject(p.number);

const decidedLead = (p: PrivacyDecisionProps, locale: Locale) =>
  (p.refused ? t(locale).refused : t(locale).resolved)(p.number, kindName(p.kind, locale));

export function PrivacyRequestDecidedEmail(p: PrivacyDecisionProps, locale: Locale) {
  return (
    <EmailLayout title={decidedSubject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.name)}</p>
      <p>{decidedLead(p, locale)}</p>
      <p style={quote}>{p.reply}</p>
      <p>{t(locale).complain}</p>
    </EmailLayout>
  );
}

export const decidedText = (p: PrivacyDecisionProps, locale: Locale) => {
  const { emails } = messages(locale);
  return (
    `${emails.greeting(p.name)}\n\n${decidedLead(p, locale)}\n\n${p.reply}\n\n` +
    `${t(locale).complainText}\n\n${emails.signature}`
  );
};
