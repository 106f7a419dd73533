import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

// Never carries the password: only when it changed, and what to do if it was not the owner.
/** `changedAt`: an ISO timestamp (formatted in the recipient's language; older rows hold it formatted). */
export type PasswordChangedProps = { firstName: string; changedAt: string; resetLink: string };

export const subject = (_p: unknown, locale: Locale) => messages(locale).emailsAccount.passwordChanged.subject;

export function PasswordChangedEmail({ firstName, changedAt, resetLink }: PasswordChangedProps, locale: Locale) {
  const { emails, emailsAccount } = messages(locale);
  const m = emailsAccount.passwordChanged;
  return (
    <EmailLayout title={m.subject} locale={locale}>
      <p>{emails.greeting(firstName)}</p>
      <p>{m.changed(mailDateTime(changedAt, locale))}</p>
      <p>{m.ifYou}</p>
      <p>
        <strong>{m.notYouLead}</strong>
        {m.notYou}
      </p>
      <EmailButton href={resetLink}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = ({ firstName, changedAt, resetLink }: PasswordChangedProps, locale: Locale) => {
  const { emails, emailsAccount } = messages(locale);
  const m = emailsAccount.passwordChanged;
  return (
    `${emails.greeting(firstName)}\n\n${m.changed(mailDateTime(changedAt, locale))}\n\n${m.ifYou}\n\n` +
    `${m.notYouText}\n${resetLink}\n\n${emails.signature}`
  );
};
