// The contact form's two e-mails: the message to staff (reply-to the sender by hand) and the
// sender's confirmation with a copy of what they wrote. `topic` is the form's code (CONTACT_TOPICS),
// named in the reader's language; an unknown one is shown as stored.
import { messages, type Locale } from '@/lib/i18n';
import { EmailLayout } from './layout';

export type ContactStaffProps = { name: string; email: string; topic: string; message: string; signedIn: boolean };
export type ContactConfirmationProps = { name: string; topic: string; message: string };

const t = (locale: Locale) => messages(locale).emailsSupport;
const topicName = (topic: string, locale: Locale) =>
  (messages(locale).support.contact.topics as Record<string, string>)[topic] ?? topic;
const quote = { whiteSpace: 'pre-wrap', borderLeft: '3px solid #cbd5e1', paddingLeft: 12 } as const;

export const staffSubject = ({ topic, name }: Pick<ContactStaffProps, 'topic' | 'name'>, locale: Locale) =>
  t(locale).contact.staffSubject(topicName(topic, locale), name);

export function ContactStaffEmail(p: ContactStaffProps, locale: Locale) {
  const m = t(locale);
  return (
    <EmailLayout title={staffSubject(p, locale)} locale={locale}>
      <p>
        {m.contact.staffLead} <strong>{p.name}</strong> ({p.email}){p.signedIn ? m.contact.signedIn : ''}.
      </p>
      <p>{m.topic(topicName(p.topic, locale))}</p>
      <p style={quote}>{p.message}</p>
      <p>{m.contact.replyTo(p.email)}</p>
    </EmailLayout>
  );
}

export const staffText = (p: ContactStaffProps, locale: Locale) => {
  const m = t(locale);
  return (
    `${m.contact.staffText(p.name, p.email, p.signedIn)}\n` +
    `${m.topic(topicName(p.topic, locale))}\n\n${p.message}\n\n${m.contact.replyTo(p.email)}`
  );
};

export const confirmationSubject = (_: unknown, locale: Locale) => t(locale).contact.confirmationSubject;

export function ContactConfirmationEmail(p: ContactConfirmationProps, locale: Locale) {
  const m = t(locale);
  return (
    <EmailLayout title={confirmationSubject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.name)}</p>
      <p>{m.contact.thanks}</p>
      <p>{m.topic(topicName(p.topic, locale))}</p>
      <p style={quote}>{p.message}</p>
    </EmailLayout>
  );
}

export const confirmationText = (p: ContactConfirmationProps, locale: Locale) => {
  const m = t(locale);
  const { emails } = messages(locale);
  return (
    `${emails.greeting(p.name)}\n\n${m.contact.thanks}\n\n` +
    `${m.topic(topicName(p.topic, locale))}\n\n${p.message}\n\n${emails.signature}`
  );
};
