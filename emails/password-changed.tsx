import { EmailButton, EmailLayout } from './layout';

// Never carries the password: only when it changed, and what to do if it was not the owner.
export type PasswordChangedProps = { firstName: string; changedAt: string; resetLink: string };

export const subject = () => 'Hasło do Twojego konta zostało zmienione';

export function PasswordChangedEmail({ firstName, changedAt, resetLink }: PasswordChangedProps) {
  return (
    <EmailLayout title={subject()}>
      <p>Dzień dobry {firstName},</p>
      <p>
        hasło do Twojego konta w Planecie zostało zmienione ({changedAt}). Wszystkie inne zalogowane urządzenia zostały
        wylogowane.
      </p>
      <p>Jeśli to Ty — nic nie musisz robić.</p>
      <p>
        <strong>Jeśli to nie Ty</strong>, ktoś może znać Twoje hasło lub mieć dostęp do Twojej skrzynki. Ustaw od razu
        nowe hasło (link wyślemy na ten adres e-mail) — zmiana wyloguje wszystkie urządzenia — a potem zmień hasło do
        poczty.
      </p>
      <EmailButton href={resetLink}>Ustaw nowe hasło</EmailButton>
    </EmailLayout>
  );
}

export const text = ({ firstName, changedAt, resetLink }: PasswordChangedProps) =>
  `Dzień dobry ${firstName},\n\nhasło do Twojego konta w Planecie zostało zmienione (${changedAt}). ` +
  `Wszystkie inne zalogowane urządzenia zostały wylogowane.\n\nJeśli to Ty — nic nie musisz robić.\n\n` +
  `Jeśli to nie Ty, ustaw od razu nowe hasło (link wyślemy na ten adres e-mail) — zmiana wyloguje wszystkie urządzenia — ` +
  `a potem zmień hasło do poczty:\n${resetLink}\n\n— Planeta`;
