import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

// A6 (seed §2.5): the account made with the licence order works at once; the contact sets its
// password from a single-use link that expires — never a password in an e-mail.
export type LicenceAccountProps = { firstName: string; login: string; link: string; validDays: number };

const t = (locale: Locale) => messages(locale).licence.emails;

export const subject = (_p: unknown, locale: Locale) => t(locale).account.subject;

export function LicenceAccountEmail(p: LicenceAccountProps, locale: Locale) {
  const m = t(locale).account;
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{t(locale).greeting(p.firstName)}</p>
      <p>{m.intro}</p>
      <p>
        {m.login} <strong>{p.login}</strong>
      </p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
      <p>
        {m.fallback}
        <br />
        {p.link}
      </p>
      <p style={{ fontSize: 13, color: '#4b5563' }}>{m.validity(p.validDays)}</p>
    </EmailLayout>
  );
}

export const text = (p: LicenceAccountProps, locale: Locale) => {
  const m = t(locale).account;
  return `${t(locale).greeting(p.firstName)}\n\n${m.intro}\n${m.login} ${p.login}\n\n${m.fallback}\n${p.link}\n\n${m.validity(p.validDays)}\n\n${t(locale).signature}`;
};
