import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

// Live classes (lib/live): a seat freed for someone waiting, a cancelled session, the 24-hour
// reminder. `startsAt` is an ISO timestamp (older rows hold it formatted).
export type LiveSeatPromotedProps = { firstName: string; title: string; startsAt: string; link: string };
export type LiveSessionCancelledProps = { firstName: string; title: string; startsAt: string; link: string };
export type LiveReminderProps = { firstName: string; title: string; startsAt: string; link: string };
type LiveProps = LiveSeatPromotedProps;
type Kind = 'promoted' | 'cancelled' | 'reminder';

const t = (locale: Locale) => messages(locale).emailsLive;

const subjectOf = (kind: Kind) => (p: Pick<LiveProps, 'title'>, locale: Locale) => t(locale)[kind].subject(p.title);
export const promotedSubject = subjectOf('promoted');
export const cancelledSubject = subjectOf('cancelled');
export const reminderSubject = subjectOf('reminder');

function body(kind: Kind) {
  return function LiveEmail(p: LiveProps, locale: Locale) {
    const m = t(locale);
    return (
      <EmailLayout title={m[kind].subject(p.title)} locale={locale}>
        <p>{messages(locale).emails.greeting(p.firstName)}</p>
        <p>{m[kind].body(p.title, mailDateTime(p.startsAt, locale))}</p>
        <EmailButton href={p.link}>{m.myClasses}</EmailButton>
      </EmailLayout>
    );
  };
}
export const LiveSeatPromotedEmail = body('promoted');
export const LiveSessionCancelledEmail = body('cancelled');
export const LiveReminderEmail = body('reminder');

const textOf = (kind: Kind) => (p: LiveProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale);
  return (
    `${emails.greeting(p.firstName)}\n\n${m[kind].body(p.title, mailDateTime(p.startsAt, locale))}\n\n` +
    `${m.myClassesLink(p.link)}\n\n${emails.signature}`
  );
};
export const promotedText = textOf('promoted');
export const cancelledText = textOf('cancelled');
export const reminderText = textOf('reminder');
