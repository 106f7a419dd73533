import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

export type ParentWelcomeProps = { firstName: string; link: string; termsLink: string; currency: string };

const t = (locale: Locale) => messages(locale).emailsFamilies.parentWelcome;

export const subject = (_p: unknown, locale: Locale) => t(locale).subject;

export function ParentWelcomeEmail({ firstName, link, termsLink, currency }: ParentWelcomeProps, locale: Locale) {
  const m = t(locale);
  return (
    <EmailLayout title={m.subject} locale={locale}>
      <p>{messages(locale).emails.greeting(firstName)}</p>
      <p>
        {m.thanks} <a href={termsLink}>{m.termsLink}</a>
        {m.next}
      </p>
      <ol>
        <li>{m.addChildren}</li>
        <li>{m.trial}</li>
        <li>{m.choose(currency)}</li>
      </ol>
      <p>{m.withdrawal}</p>
      <EmailButton href={link}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = ({ firstName, link, termsLink, currency }: ParentWelcomeProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale);
  return (
    `${emails.greeting(firstName)}\n\n${m.thanksText(termsLink)}\n` +
    `1. ${m.addChildren}\n2. ${m.trial}\n3. ${m.choose(currency)}\n\n${m.withdrawal}\n\n` +
    `${m.accountLink(link)}\n\n${emails.signature}`
  );
};
