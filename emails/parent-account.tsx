import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

// A parent's account opened at a purchase (lib/families/parent-account.ts): what it was opened
// for, the login and a one-time link to set the password — never a password in an e-mail. One
// body for the Live order ('live-maths-welcome') and the centre enrolment ('centre-welcome').
export type ParentAccountProps = {
  firstName: string;
  login: string;
  link: string;
  validDays: number;
  /** A centre group's name: the account was opened at its enrolment; absent for a Live order. */
  group?: string;
};

const t = (locale: Locale) => messages(locale).emailsFamilies.parentAccount;

export const subject = (_p: unknown, locale: Locale) => t(locale).subject;

const lines = (p: ParentAccountProps, locale: Locale) => {
  const m = t(locale);
  return [p.group ? m.centre(p.group) : m.live, m.login(p.login), m.validity(p.validDays)];
};

export function ParentAccountEmail(p: ParentAccountProps, locale: Locale) {
  return (
    <EmailLayout title={t(locale).subject} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      {lines(p, locale).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <EmailButton href={p.link}>{t(locale).button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: ParentAccountProps, locale: Locale) => {
  const { emails } = messages(locale);
  return `${emails.greeting(p.firstName)}\n\n${lines(p, locale).join('\n')}\n\n${t(locale).link(p.link)}\n\n${emails.signature}`;
};
