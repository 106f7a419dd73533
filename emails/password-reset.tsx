import { EmailButton, EmailLayout } from './layout';

export type PasswordResetProps = { firstName: string; link: string };

export const subject = () => 'Ustaw nowe hasło w Planecie';

export function PasswordResetEmail({ firstName, link }: PasswordResetProps) {
  return (
    <EmailLayout title={subject()}>
      <p>Dzień dobry {firstName},</p>
      <p>
        otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta. Link jest ważny przez 60 minut i działa tylko
        raz.
      </p>
      <EmailButton href={link}>Ustaw nowe hasło</EmailButton>
      <p>
        Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:
        <br />
        {link}
      </p>
      <p>Jeśli to nie Ty prosiłeś o zmianę hasła, zignoruj tę wiadomość — hasło pozostanie bez zmian.</p>
    </EmailLayout>
  );
}

export const text = ({ firstName, link }: PasswordResetProps) =>
  `Dzień dobry ${firstName},\n\notrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta.\n` +
  `Link (ważny 60 minut, działa tylko raz):\n${link}\n\nJeśli to nie Ty, zignoruj tę wiadomość.\n\n— Planeta`;
