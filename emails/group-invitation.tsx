import { messages, type Locale } from '@/lib/i18n';
import { mailDate } from './dates';
import { EmailButton, EmailLayout } from './layout';

// Invitations of group participants and admins: a one-time link to set one's own password.
// Never a password — the outbox keeps every message, and staff can read it.
export type GroupInvitationProps = {
  firstName: string;
  courseTitle: string;
  companyName: string;
  login: string;
  link: string;
  /** The link's expiry: an ISO timestamp (older rows hold it formatted). */
  validUntil: string;
};

const t = (locale: Locale) => messages(locale).emailsGroups;

export const invitationSubject = (p: Pick<GroupInvitationProps, 'courseTitle'>, locale: Locale) =>
  t(locale).invitation.subject(p.courseTitle);

export function GroupInvitationEmail(p: GroupInvitationProps, locale: Locale) {
  const { emails } = messages(locale);
  const m = t(locale).invitation;
  return (
    <EmailLayout title={invitationSubject(p, locale)} locale={locale}>
      <p>{emails.greeting(p.firstName)}</p>
      <p>{m.enrolled(p.companyName, p.courseTitle, p.login)}</p>
      <p>{m.start}</p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
      <p>
        {m.once(mailDate(p.validUntil, locale))} {emails.buttonFallback}
        <br />
        {p.link}
      </p>
    </EmailLayout>
  );
}

export const invitationText = (p: GroupInvitationProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale).invitation;
  return (
    `${emails.greeting(p.firstName)}\n\n${m.enrolled(p.companyName, p.courseTitle, p.login)}\n\n` +
    `${m.startText(mailDate(p.validUntil, locale))}\n${p.link}\n\n${m.duration}\n\n${emails.signature}`
  );
};

export const reminderSubject = (p: Pick<GroupInvitationProps, 'courseTitle'>, locale: Locale) =>
  t(locale).reminder.subject(p.courseTitle);

export function GroupReminderEmail(p: GroupInvitationProps, locale: Locale) {
  const m = t(locale).reminder;
  return (
    <EmailLayout title={reminderSubject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      <p>{m.reminds(p.companyName, p.courseTitle, p.login)}</p>
      <EmailButton href={p.link}>{t(locale).invitation.button}</EmailButton>
      <p>
        {m.once(mailDate(p.validUntil, locale))}
        <br />
        {p.link}
      </p>
    </EmailLayout>
  );
}

export const reminderText = (p: GroupInvitationProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale).reminder;
  return (
    `${emails.greeting(p.firstName)}\n\n${m.reminds(p.companyName, p.courseTitle, p.login)}\n\n` +
    `${m.startText(mailDate(p.validUntil, locale))}\n${p.link}\n\n${emails.signature}`
  );
};

// A second admin of a group: with an invitation when the account is new, else a link to the group.
export type GroupAdminAddedProps = {
  firstName: string;
  companyName: string;
  courseTitle: string;
  link: string;
  invitation: { link: string; validUntil: string } | null;
};

export const adminSubject = (p: Pick<GroupAdminAddedProps, 'courseTitle'>, locale: Locale) =>
  t(locale).admin.subject(p.courseTitle);

export function GroupAdminAddedEmail(p: GroupAdminAddedProps, locale: Locale) {
  const m = t(locale).admin;
  return (
    <EmailLayout title={adminSubject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      <p>{m.added(p.companyName, p.courseTitle)}</p>
      {p.invitation ? (
        <>
          <EmailButton href={p.invitation.link}>{m.setPassword}</EmailButton>
          <p>{m.once(mailDate(p.invitation.validUntil, locale))}</p>
        </>
      ) : (
        <EmailButton href={p.link}>{m.open}</EmailButton>
      )}
    </EmailLayout>
  );
}

export const adminText = (p: GroupAdminAddedProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale).admin;
  return (
    `${emails.greeting(p.firstName)}\n\n${m.addedText(p.companyName, p.courseTitle)}\n\n` +
    (p.invitation
      ? `${m.setPasswordText(mailDate(p.invitation.validUntil, locale))}\n${p.invitation.link}\n`
      : `${m.group(p.link)}\n`) +
    `\n${emails.signature}`
  );
};
