import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

// Goes to the address from the list's template. No passwords: participants get one-time links
// (by e-mail or on printed slips) from the group page.
export type AccountsCreatedProps = {
  companyName: string;
  courseTitle: string;
  created: number;
  seatsLeft: number;
  link: string;
};

const t = (locale: Locale) => messages(locale).emailsGroups;

export const subject = (p: Pick<AccountsCreatedProps, 'courseTitle'>, locale: Locale) =>
  t(locale).accounts.subject(p.courseTitle);

export function AccountsCreatedEmail(p: AccountsCreatedProps, locale: Locale) {
  const m = t(locale).accounts;
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{m.greeting}</p>
      <p>{m.created(p.companyName, p.courseTitle, p.created)}</p>
      <p>{m.seatsLeft(p.seatsLeft)}</p>
      <p>{m.handOver}</p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: AccountsCreatedProps, locale: Locale) => {
  const m = t(locale).accounts;
  return (
    `${m.greeting}\n\n${m.created(p.companyName, p.courseTitle, p.created)}\n${m.seatsLeft(p.seatsLeft)}\n\n` +
    `${m.handOverText(p.link)}\n\n${messages(locale).emails.signature}`
  );
};

// `comment`: the staff's note on the report, if any (older queued messages have none).
export type ReportApprovedProps = { firstName: string; courseTitle: string; link: string; comment?: string | null };

export const reportSubject = (p: Pick<ReportApprovedProps, 'courseTitle'>, locale: Locale) =>
  t(locale).report.subject(p.courseTitle);

export function ReportApprovedEmail(p: ReportApprovedProps, locale: Locale) {
  const m = t(locale).report;
  return (
    <EmailLayout title={reportSubject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      <p>{m.ready(p.courseTitle)}</p>
      {p.comment && <p>{m.comment(p.comment)}</p>}
      <EmailButton href={p.link}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const reportText = (p: ReportApprovedProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale).report;
  return (
    `${emails.greeting(p.firstName)}\n\n${m.readyText(p.courseTitle, p.link)}\n` +
    `${p.comment ? `\n${m.comment(p.comment)}\n` : ''}\n${emails.signature}`
  );
};
