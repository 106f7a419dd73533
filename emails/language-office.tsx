// The language school's office thread by e-mail: the office is told a learner wrote (with a link to
// answer in the panel), the learner that the office answered (with a link to Strefa Słuchacza).
import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

export type OfficeMessageProps = {
  learnerName: string;
  learnerEmail: string;
  body: string;
  fileCount: number;
  sentAt: string;
  link: string;
};
export type OfficeAnswerProps = { firstName: string; body: string; fileCount: number; sentAt: string; link: string };

const t = (locale: Locale) => messages(locale).languageEmails;
const quote = { whiteSpace: 'pre-wrap', borderLeft: '3px solid #cbd5e1', paddingLeft: 12 } as const;

export const messageSubject = ({ learnerName }: Pick<OfficeMessageProps, 'learnerName'>, locale: Locale) =>
  t(locale).officeMessage.subject(learnerName);

export function OfficeMessageEmail(p: OfficeMessageProps, locale: Locale) {
  const m = t(locale).officeMessage;
  return (
    <EmailLayout title={messageSubject(p, locale)} locale={locale}>
      <p>{m.wrote(p.learnerName, p.learnerEmail, mailDateTime(p.sentAt, locale))}</p>
      <p style={quote}>{p.body}</p>
      {p.fileCount > 0 && <p>{m.files(p.fileCount)}</p>}
      <EmailButton href={p.link}>{m.replyButton}</EmailButton>
    </EmailLayout>
  );
}

export const messageText = (p: OfficeMessageProps, locale: Locale) => {
  const m = t(locale).officeMessage;
  return (
    `${m.wrote(p.learnerName, p.learnerEmail, mailDateTime(p.sentAt, locale))}\n\n${p.body}\n\n` +
    `${p.fileCount > 0 ? `${m.files(p.fileCount)}\n\n` : ''}${m.replyLink(p.link)}`
  );
};

export const answerSubject = (_p: unknown, locale: Locale) => t(locale).officeAnswer.subject;

export function OfficeAnswerEmail(p: OfficeAnswerProps, locale: Locale) {
  const m = t(locale).officeAnswer;
  return (
    <EmailLayout title={answerSubject(p, locale)} locale={locale}>
      <p>{t(locale).greeting(p.firstName)}</p>
      <p>{m.answered(mailDateTime(p.sentAt, locale))}</p>
      <p style={quote}>{p.body}</p>
      {p.fileCount > 0 && <p>{m.files(p.fileCount)}</p>}
      <EmailButton href={p.link}>{m.openButton}</EmailButton>
      <p>{m.replyInZone}</p>
    </EmailLayout>
  );
}

export const answerText = (p: OfficeAnswerProps, locale: Locale) => {
  const { greeting, signature, officeAnswer: m } = t(locale);
  return (
    `${greeting(p.firstName)}\n\n${m.answered(mailDateTime(p.sentAt, locale))}\n\n${p.body}\n\n` +
    `${p.fileCount > 0 ? `${m.files(p.fileCount)}\n\n` : ''}` +
    `${m.openLink(p.link)}\n${m.replyInZone}\n\n${signature}`
  );
};
