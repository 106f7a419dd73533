import { EmailButton, EmailLayout } from '../layout';

// An account made at a Matplaneta Live purchase (lib/live-maths/purchase.ts): the login and a
// one-time link to set the password — never a password in an e-mail.
export type LiveMathsWelcomeProps = {
  firstName: string;
  login: string;
  link: string;
  validDays: number;
};

export const subject = () => 'Twoje konto w Planecie — ustaw hasło';

const lines = (p: LiveMathsWelcomeProps) => [
  'przy zamówieniu kursu Matplaneta Live założyliśmy dla Ciebie konto w Planecie. Po opłaceniu Abonamentu znajdziesz w nim zajęcia dziecka i materiały.',
  `Twój login: ${p.login}`,
  `Link jest ważny przez ${p.validDays} dni i działa tylko raz. Gdy wygaśnie, użyj „Nie pamiętasz hasła?” na stronie logowania.`,
];

export function LiveMathsWelcomeEmail(p: LiveMathsWelcomeProps) {
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

export const text = (p: LiveMathsWelcomeProps) =>
  `Dzień dobry ${p.firstName},\n\n${lines(p).join('\n')}\n\nUstaw hasło: ${p.link}\n\n— Planeta`;
