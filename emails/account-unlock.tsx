// Sent once per lock when an account has had too many failed logins from anywhere: the owner's
// one-time link lifts the lock; nobody else learns anything.
import { EmailButton, EmailLayout } from './layout';

export type AccountUnlockProps = { firstName: string; link: string };

export const subject = () => 'Twoje konto w Planecie zostało zablokowane';

export function AccountUnlockEmail({ firstName, link }: AccountUnlockProps) {
  return (
    <EmailLayout title={subject()}>
      <p>Dzień dobry {firstName},</p>
      <p>
        ktoś wiele razy podał złe hasło do Twojego konta, więc je zablokowaliśmy. Jeśli to Ty, odblokuj konto tym
        linkiem — jest ważny przez 24 godziny i działa tylko raz. Bez niego blokada minie sama po 24 godzinach.
      </p>
      <EmailButton href={link}>Odblokuj konto</EmailButton>
      <p>
        Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:
        <br />
        {link}
      </p>
      <p>Jeśli to nie Ty próbowałeś się zalogować, rozważ zmianę hasła po odblokowaniu konta.</p>
    </EmailLayout>
  );
}

export const text = ({ firstName, link }: AccountUnlockProps) =>
  `Dzień dobry ${firstName},\n\nktoś wiele razy podał złe hasło do Twojego konta, więc je zablokowaliśmy.\n` +
  `Jeśli to Ty, odblokuj konto tym linkiem (ważny 24 godziny, działa tylko raz):\n${link}\n\n` +
  `Bez niego blokada minie sama po 24 godzinach. Jeśli to nie Ty, rozważ zmianę hasła.\n\n— Planeta`;
