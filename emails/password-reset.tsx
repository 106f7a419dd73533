import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

export type PasswordResetProps = { firstName: string; link: string };

export const subject = (_p: unknown, locale: Locale) => messages(locale).emailsAccount.passwordReset.subject;

export function PasswordResetEmail({ firstName, link }: PasswordResetProps, locale: Locale) {
  const { emails, emailsAccount } = messages(locale);
  const m = emailsAccount.passwordReset;
  return (
    <EmailLayout title={m.subject} locale={locale}>
      <p>{emails.greeting(firstName)}</p>
      <p>{m.intro}</p>
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

export const text = ({ firstName, link }: PasswordResetProps, locale: Locale) => {
  const { emails, emailsAccount } = messages(locale);
  const m = emailsAccount.passwordReset;
  return (
    `${emails.greeting(firstName)}\n\n${m.introShort}\n${m.linkText}\n${link}\n\n${m.notYouShort}\n\n` +
    emails.signature
  );
};
