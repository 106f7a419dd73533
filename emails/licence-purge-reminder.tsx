import { messages, type Locale } from '@/lib/i18n';
import { mailDate } from './dates';
import { EmailButton, EmailLayout } from './layout';

// A19: 14 and 3 days before a school that did not renew loses its planner data, each director is
// told when, and pointed to the printouts and exports (lib/licence/purge.ts queues it).
export type LicencePurgeReminderProps = {
  firstName: string;
  school: string;
  examYear: number;
  days: number;
  lastDay: string;
  exportsUrl: string;
};

const t = (locale: Locale) => messages(locale).plannerLifecycle.emails.reminder;

export const subject = (p: LicencePurgeReminderProps, locale: Locale) => t(locale).subject(p.school, p.days);

const lines = (p: LicencePurgeReminderProps, locale: Locale) => [
  t(locale).intro(p.school, p.examYear),
  t(locale).when(mailDate(p.lastDay, locale)),
  t(locale).renew,
];

export function LicencePurgeReminderEmail(p: LicencePurgeReminderProps, locale: Locale) {
  const m = t(locale);
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{messages(locale).licence.emails.greeting(p.firstName)}</p>
      {lines(p, locale).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <p>{m.exports}</p>
      <EmailButton href={p.exportsUrl}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: LicencePurgeReminderProps, locale: Locale) => {
  const e = messages(locale).licence.emails;
  return `${e.greeting(p.firstName)}\n\n${lines(p, locale).join('\n')}\n\n${t(locale).exports}\n${p.exportsUrl}\n\n${e.signature}`;
};
