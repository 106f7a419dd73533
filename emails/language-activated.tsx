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

export const subject = () => 'Twoje konto w Planecie jest aktywne — ustaw hasło';

const intro = (p: LanguageActivatedProps) =>
  `zaksięgowaliśmy Twoją pierwszą płatność: umowa ${p.number} o kurs języka polskiego weszła w życie, a Twoje konto jest aktywne.`;

const validity = (p: LanguageActivatedProps) =>
  `Link jest ważny przez ${p.validDays} dni i działa tylko raz. Gdy wygaśnie, użyj „Nie pamiętasz hasła?” na stronie logowania.`;

export function LanguageActivatedEmail(p: LanguageActivatedProps) {
  return (
    <EmailLayout title={subject()}>
      <p>Dzień dobry {p.firstName},</p>
      <p>{intro(p)}</p>
      <p>
        Adres platformy: <a href={p.siteUrl}>{p.siteUrl}</a>
        <br />
        Twój login: <strong>{p.login}</strong>
      </p>
      <p>Hasło ustawisz sam/sama — kliknij przycisk:</p>
      <EmailButton href={p.link}>Ustaw hasło</EmailButton>
      <p>
        Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:
        <br />
        {p.link}
      </p>
      <p style={{ fontSize: 13, color: '#4b5563' }}>{validity(p)}</p>
    </EmailLayout>
  );
}

export const text = (p: LanguageActivatedProps) =>
  `Dzień dobry ${p.firstName},\n\n${intro(p)}\n\nAdres platformy: ${p.siteUrl}\nTwój login: ${p.login}\n\n` +
  `Ustaw hasło: ${p.link}\n\n${validity(p)}\n\n— Planeta`;
