import { messages, type Locale } from '@/lib/i18n';
import { mailDate } from './dates';
import { EmailButton, EmailLayout } from './layout';

// A week before access to a bought course or a child's yearly package ends (sent once per
// access end by the reminder jobs).
export type AccessEndingProps = {
  firstName: string;
  /** A course's title ("Excel od podstaw") or a package's name ("Pakiet Standard"). */
  what: string;
  kind: 'course' | 'family';
  /** The child a package is for. */
  childName?: string;
  /** The last day inside: the ISO timestamp of lastInstantBefore(end) (older rows hold it formatted). */
  lastDay: string;
  link: string;
};

type Named = Pick<AccessEndingProps, 'what' | 'kind' | 'childName'>;

export const subject = (p: Named, locale: Locale) => {
  const m = messages(locale).emailsOrders.accessEnding;
  return p.kind === 'course' ? m.courseSubject(p.what) : m.familySubject(p.what, p.childName ?? '');
};

const body = (p: AccessEndingProps, locale: Locale) => {
  const m = messages(locale).emailsOrders.accessEnding;
  const lastDay = mailDate(p.lastDay, locale);
  return p.kind === 'course' ? m.course(p.what, lastDay) : m.family(p.what, p.childName ?? '', lastDay);
};

export function AccessEndingEmail(p: AccessEndingProps, locale: Locale) {
  const { emails, emailsOrders } = messages(locale);
  const m = emailsOrders.accessEnding;
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{emails.greeting(p.firstName)}</p>
      <p>{body(p, locale)}</p>
      <EmailButton href={p.link}>{p.kind === 'course' ? m.courseButton : m.familyButton}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: AccessEndingProps, locale: Locale) => {
  const { emails } = messages(locale);
  return `${emails.greeting(p.firstName)}\n\n${body(p, locale)}\n\n${p.link}\n\n${emails.signature}`;
};
