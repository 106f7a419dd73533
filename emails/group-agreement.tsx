import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

export type AgreementAcceptedProps = { firstName: string; courseTitle: string; link: string };
export type AgreementRejectedProps = AgreementAcceptedProps & { reason: string };

const t = (locale: Locale) => messages(locale).emailsGroups;

export const acceptedSubject = (p: Pick<AgreementAcceptedProps, 'courseTitle'>, locale: Locale) =>
  t(locale).accepted.subject(p.courseTitle);

export function AgreementAcceptedEmail(p: AgreementAcceptedProps, locale: Locale) {
  const m = t(locale).accepted;
  return (
    <EmailLayout title={acceptedSubject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      <p>
        {m.intro} <strong>{p.courseTitle}</strong>.
      </p>
      <p>{m.next}</p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const acceptedText = (p: AgreementAcceptedProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale).accepted;
  return (
    `${emails.greeting(p.firstName)}\n\n${m.introText(p.courseTitle)}\n${m.nextText}\n${m.groupPage(p.link)}\n\n` +
    emails.signature
  );
};

export const rejectedSubject = (p: Pick<AgreementRejectedProps, 'courseTitle'>, locale: Locale) =>
  t(locale).rejected.subject(p.courseTitle);

export function AgreementRejectedEmail(p: AgreementRejectedProps, locale: Locale) {
  const m = t(locale).rejected;
  return (
    <EmailLayout title={rejectedSubject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      <p>
        {m.intro} <strong>{p.courseTitle}</strong>.
      </p>
      <p>
        {m.reason} <strong>{p.reason}</strong>
      </p>
      <p>{m.next}</p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const rejectedText = (p: AgreementRejectedProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale).rejected;
  return (
    `${emails.greeting(p.firstName)}\n\n${m.introText(p.courseTitle)}\n${m.reason} ${p.reason}\n\n` +
    `${m.nextText(p.link)}\n\n${emails.signature}`
  );
};
