// Complaint e-mails: to staff on receipt, the buyer's confirmation on a durable medium (what was
// filed and by when the answer is due), and the answer itself. `receivedAt` and `lastDay` are ISO
// timestamps (`lastDay`: the answer term's last instant), formatted in the reader's language.
import { messages, type Locale } from '@/lib/i18n';
import { mailDate, mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

export type ComplaintFiledProps = {
  number: string;
  name: string;
  email: string;
  orderNumber: string | null;
  description: string;
  demand: string;
  receivedAt: string;
  lastDay: string;
  link: string;
};
export type ComplaintAnswerProps = {
  number: string;
  name: string;
  orderNumber: string | null;
  answer: string;
  link: string | null;
};

const t = (locale: Locale) => messages(locale).emailsSupport.complaint;
const quote = { whiteSpace: 'pre-wrap', borderLeft: '3px solid #cbd5e1', paddingLeft: 12 } as const;
const dates = (p: ComplaintFiledProps, locale: Locale) => ({
  receivedAt: mailDateTime(p.receivedAt, locale),
  lastDay: mailDate(p.lastDay, locale),
});

export const staffSubject = (p: Pick<ComplaintFiledProps, 'number' | 'lastDay'>, locale: Locale) =>
  t(locale).staffSubject(p.number, mailDate(p.lastDay, locale));

export function ComplaintStaffEmail(p: ComplaintFiledProps, locale: Locale) {
  const m = t(locale);
  const d = dates(p, locale);
  return (
    <EmailLayout title={staffSubject(p, locale)} locale={locale}>
      <p>{m.staffFiled(p.name, p.email, p.number, p.orderNumber, d.receivedAt)}</p>
      <p>
        <strong>{m.staffDue(d.lastDay)}</strong> {m.staffDeemed}
      </p>
      <p>{m.description}</p>
      <p style={quote}>{p.description}</p>
      <p>{m.demand}</p>
      <p style={quote}>{p.demand}</p>
      <EmailButton href={p.link}>{m.answerInPanel}</EmailButton>
    </EmailLayout>
  );
}

export const staffText = (p: ComplaintFiledProps, locale: Locale) => {
  const m = t(locale);
  const d = dates(p, locale);
  return (
    `${m.staffText(p.number, p.name, p.email, p.orderNumber, d.receivedAt)}\n${m.staffDue(d.lastDay)}\n\n` +
    `${m.description}\n${p.description}\n\n${m.demand}\n${p.demand}\n\n${p.link}`
  );
};

export const confirmationSubject = (p: Pick<ComplaintFiledProps, 'number'>, locale: Locale) =>
  t(locale).confirmationSubject(p.number);

export function ComplaintConfirmationEmail(p: ComplaintFiledProps, locale: Locale) {
  const m = t(locale);
  const d = dates(p, locale);
  return (
    <EmailLayout title={confirmationSubject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.name)}</p>
      <p>{m.confirmation(p.number, p.orderNumber, d.receivedAt, d.lastDay)}</p>
      <p>{m.content}</p>
      <p style={quote}>{p.description}</p>
      <p>{m.yourDemand}</p>
      <p style={quote}>{p.demand}</p>
    </EmailLayout>
  );
}

export const confirmationText = (p: ComplaintFiledProps, locale: Locale) => {
  const m = t(locale);
  const d = dates(p, locale);
  const { emails } = messages(locale);
  return (
    `${emails.greeting(p.name)}\n\n${m.confirmationText(p.number, p.orderNumber, d.receivedAt, d.lastDay)}\n\n` +
    `${m.content}\n${p.description}\n\n${m.yourDemand}\n${p.demand}\n\n${emails.signature}`
  );
};

export const answerSubject = (p: Pick<ComplaintAnswerProps, 'number'>, locale: Locale) =>
  t(locale).answerSubject(p.number);

export function ComplaintAnswerEmail(p: ComplaintAnswerProps, locale: Locale) {
  const m = t(locale);
  return (
    <EmailLayout title={answerSubject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.name)}</p>
      <p>{m.answerLead(p.number, p.orderNumber)}</p>
      <p style={quote}>{p.answer}</p>
      {p.link && <EmailButton href={p.link}>{messages(locale).emails.seeOrder}</EmailButton>}
      <p>{m.disagree}</p>
    </EmailLayout>
  );
}

export const answerText = (p: ComplaintAnswerProps, locale: Locale) => {
  const m = t(locale);
  const { emails } = messages(locale);
  return (
    `${emails.greeting(p.name)}\n\n${m.answerLead(p.number, p.orderNumber)}\n\n${p.answer}\n\n` +
    `${p.link ? `${p.link}\n\n` : ''}${m.disagreeText}\n\n${emails.signature}`
  );
};
