import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

// The account's credentials once the contract is in force (razem B4, §7.2): the site's address,
// the login and a one-time link to set the password — never a password in an e-mail.
export type LanguageActivatedProps = {
  firstName: string;
  number: string;
  login: string;
  siteUrl: string;
  /** /haslo/nowe/<token>, valid for `validDays`. */
  link: string;
  validDays: number;
};

const t = (locale: Locale) => messages(locale).languageEmails;

export const subject = (_p: unknown, locale: Locale) => t(locale).activated.subject;

export function LanguageActivatedEmail(p: LanguageActivatedProps, locale: Locale) {
  const m = t(locale).activated;
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{t(locale).greeting(p.firstName)}</p>
      <p>{m.intro(p.number)}</p>
      <p>
        {m.site} <a href={p.siteUrl}>{p.siteUrl}</a>
        <br />
        {m.login} <strong>{p.login}</strong>
      </p>
      <p>{m.setPasswordHint}</p>
      <EmailButton href={p.link}>{m.setPasswordButton}</EmailButton>
      <p>
        {m.buttonFallback}
        <br />
        {p.link}
      </p>
      <p style={{ fontSize: 13, color: '#4b5563' }}>{m.validity(p.validDays)}</p>
    </EmailLayout>
  );
}

export const text = (p: LanguageActivatedProps, locale: Locale) => {
  const { greeting, signature, activated: m } = t(locale);
  return (
    `${greeting(p.firstName)}\n\n${m.intro(p.number)}\n\n${m.site} ${p.siteUrl}\n${m.login} ${p.login}\n\n` +
    `${m.setPasswordLink(p.link)}\n\n${m.validity(p.validDays)}\n\n${signature}`
  );
};
