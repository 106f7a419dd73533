// Sent once per lock when an account has had too many failed logins from anywhere: the owner's
// one-time link lifts the lock; nobody else learns anything.
import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

export type AccountUnlockProps = { firstName: string; link: string };

export const subject = (_p: unknown, locale: Locale) => messages(locale).emailsAccount.accountUnlock.subject;

export function AccountUnlockEmail({ firstName, link }: AccountUnlockProps, locale: Locale) {
  const { emails, emailsAccount } = messages(locale);
  const m = emailsAccount.accountUnlock;
  return (
    <EmailLayout title={m.subject} locale={locale}>
      <p>{emails.greeting(firstName)}</p>
      <p>{m.locked}</p>
      <EmailButton href={link}>{m.button}</EmailButton>
      <p>
        {emails.buttonFallback}
        <br />
        {link}
      </p>
      <p>{m.notYou}</p>
    </EmailLayout>
  );
}

export const text = ({ firstName, link }: AccountUnlockProps, locale: Locale) => {
  const { emails, emailsAccount } = messages(locale);
  const m = emailsAccount.accountUnlock;
  return `${emails.greeting(firstName)}\n\n${m.lockedShort}\n${m.linkText}\n${link}\n\n${m.notYouText}\n\n${emails.signature}`;
};
