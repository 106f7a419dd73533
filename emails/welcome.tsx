import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

export type WelcomeProps = { firstName: string; link: string };

export const subject = (_p: unknown, locale: Locale) => messages(locale).emailsAccount.welcome.subject;

export function WelcomeEmail({ firstName, link }: WelcomeProps, locale: Locale) {
  const { emails, emailsAccount: a } = messages(locale);
  return (
    <EmailLayout title={a.welcome.subject} locale={locale}>
      <p>{emails.greeting(firstName)}</p>
      <p>{a.welcome.ready}</p>
      <EmailButton href={link}>{a.welcome.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = ({ firstName, link }: WelcomeProps, locale: Locale) => {
  const { emails, emailsAccount: a } = messages(locale);
  return `${emails.greeting(firstName)}\n\n${a.welcome.readyShort}\n${link}\n\n${emails.signature}`;
};
