import { EmailButton, EmailLayout } from './layout';

// A parent's account opened at a purchase (lib/families/parent-account.ts): what it was opened
// for, the login and a one-time link to set the password — never a password in an e-mail. One
// body for the Live order ('live-maths-welcome') and the centre enrolment ('centre-welcome').
export type ParentAccountProps = {
  firstName: string;
  login: string;
  link: string;
  validDays: number;
  /** A centre group's name: the account was opened at its enrolment; absent for a Live order. */
  group?: string;
};

export const subject = () => 'Konto rodzica w Planecie — ustaw hasło';

const lines = (p: ParentAccountProps) => [
  p.group
    ? `przy zapisie dziecka na zajęcia „${p.group}” założyliśmy dla Ciebie konto rodzica w Planecie. Znajdziesz w nim plan zajęć dziecka i wszystkie płatności.`
    : 'przy zamówieniu kursu Matplaneta Live założyliśmy dla Ciebie konto rodzica w Planecie. Po opłaceniu Abonamentu znajdziesz w nim zajęcia dziecka i materiały.',
  `Twój login: ${p.login}`,
  `Link jest ważny przez ${p.validDays} dni i działa tylko raz. Gdy wygaśnie, użyj „Nie pamiętasz hasła?” na stronie logowania.`,
];

export function ParentAccountEmail(p: ParentAccountProps) {
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

export const text = (p: ParentAccountProps) =>
  `Dzień dobry ${p.firstName},\n\n${lines(p).join('\n')}\n\nUstaw hasło: ${p.link}\n\n— Planeta`;
