import { EmailButton, EmailLayout } from './layout';

// An account opened when a parent enrolled a child in a centre group (lib/centres/enrol/enrol.ts):
// the login and a one-time link to set the password — never a password in an e-mail.
export type CentreWelcomeProps = {
  firstName: string;
  login: string;
  link: string;
  validDays: number;
  group: string;
};

export const subject = () => 'Konto rodzica w Planecie — ustaw hasło';

const lines = (p: CentreWelcomeProps) => [
  `przy zapisie dziecka na zajęcia „${p.group}” założyliśmy dla Ciebie konto rodzica w Planecie. Znajdziesz w nim plan zajęć dziecka i wszystkie płatności.`,
  `Twój login: ${p.login}`,
  `Link jest ważny przez ${p.validDays} dni i działa tylko raz. Gdy wygaśnie, użyj „Nie pamiętasz hasła?” na stronie logowania.`,
];

export function CentreWelcomeEmail(p: CentreWelcomeProps) {
  return (
    <EmailLayout title={subject()}>
      <p>Dzień dobry {p.firstName},</p>
      {lines(p).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <EmailButton href={p.link}>Ustaw hasło</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: CentreWelcomeProps) =>
  `Dzień dobry ${p.firstName},\n\n${lines(p).join('\n')}\n\nUstaw hasło: ${p.link}\n\n— Planeta`;
