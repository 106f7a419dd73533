// The language school's office thread by e-mail: the office is told a learner wrote (with a link to
// answer in the panel), the learner that the office answered (with a link to Strefa Słuchacza).
import { messages } from '@/lib/i18n';
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

const t = () => messages().languageEmails;
const quote = { whiteSpace: 'pre-wrap', borderLeft: '3px solid #cbd5e1', paddingLeft: 12 } as const;

export const messageSubject = ({ learnerName }: OfficeMessageProps) => t().officeMessage.subject(learnerName);

export function OfficeMessageEmail(p: OfficeMessageProps) {
  const m = t().officeMessage;
  return (
    <EmailLayout title={messageSubject(p)}>
      <p>{m.wrote(p.learnerName, p.learnerEmail, p.sentAt)}</p>
      <p style={quote}>{p.body}</p>
      {p.fileCount > 0 && <p>{m.files(p.fileCount)}</p>}
      <EmailButton href={p.link}>{m.replyButton}</EmailButton>
    </EmailLayout>
  );
}

export const messageText = (p: OfficeMessageProps) => {
  const m = t().officeMessage;
  return (
    `${m.wrote(p.learnerName, p.learnerEmail, p.sentAt)}\n\n${p.body}\n\n` +
    `${p.fileCount > 0 ? `${m.files(p.fileCount)}\n\n` : ''}${m.replyLink(p.link)}`
  );
};

export const answerSubject = () => t().officeAnswer.subject;

export function OfficeAnswerEmail(p: OfficeAnswerProps) {
  const m = t().officeAnswer;
  return (
    <EmailLayout title={answerSubject()}>
      <p>{t().greeting(p.firstName)}</p>
      <p>{m.answered(p.sentAt)}</p>
      <p style={quote}>{p.body}</p>
      {p.fileCount > 0 && <p>{m.files(p.fileCount)}</p>}
      <EmailButton href={p.link}>{m.openButton}</EmailButton>
      <p>{m.replyInZone}</p>
    </EmailLayout>
  );
}

export const answerText = (p: OfficeAnswerProps) => {
  const { greeting, signature, officeAnswer: m } = t();
  return (
    `${greeting(p.firstName)}\n\n${m.answered(p.sentAt)}\n\n${p.body}\n\n` +
    `${p.fileCount > 0 ? `${m.files(p.fileCount)}\n\n` : ''}` +
    `${m.openLink(p.link)}\n${m.replyInZone}\n\n${signature}`
  );
};
