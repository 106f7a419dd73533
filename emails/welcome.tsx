import { EmailButton, EmailLayout } from './layout';

export type WelcomeProps = { firstName: string; link: string };

export const subject = () => 'Witamy w Planecie';

export function WelcomeEmail({ firstName, link }: WelcomeProps) {
  return (
    <EmailLayout title={subject()}>
      <p>Dzień dobry {firstName},</p>
      <p>Twoje konto w Planecie jest gotowe. Możesz przeglądać kursy i zacząć naukę od razu.</p>
      <EmailButton href={link}>Przejdź do Planety</EmailButton>
    </EmailLayout>
  );
}

export const text = ({ firstName, link }: WelcomeProps) =>
  `Dzień dobry ${firstName},\n\nTwoje konto w Planecie jest gotowe.\n${link}\n\n— Planeta`;
