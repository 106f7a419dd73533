import { EmailButton, EmailLayout } from './layout';

export type ParentWelcomeProps = { firstName: string; link: string; termsLink: string; currency: string };

export const subject = () => 'Konto rodzica w Planecie jest gotowe';

export function ParentWelcomeEmail({ firstName, link, termsLink, currency }: ParentWelcomeProps) {
  return (
    <EmailLayout title={subject()}>
      <p>Dzień dobry {firstName},</p>
      <p>
        dziękujemy za założenie konta rodzica i akceptację <a href={termsLink}>regulaminu pakietów</a>. Co dalej:
      </p>
      <ol>
        <li>Dodaj dzieci: imię i nazwisko, rok urodzenia oraz login i hasło, którymi dziecko będzie się logować.</li>
        <li>
          Wypróbuj bezpłatnie Pakiet Standard przez 2 dni — raz w roku szkolnym, od kliknięcia „Przetestuj przez 2 dni”.
        </li>
        <li>Wybierz pakiet dla każdego dziecka. Ceny podajemy w {currency}, walucie kraju zamieszkania.</li>
      </ol>
      <p>
        Przez 14 dni od zapłaty możesz odstąpić od umowy z pełnym zwrotem, a później zrezygnować ze zwrotem za
        niewykorzystane miesiące.
      </p>
      <EmailButton href={link}>Przejdź do konta rodzica</EmailButton>
    </EmailLayout>
  );
}

export const text = ({ firstName, link, termsLink, currency }: ParentWelcomeProps) =>
  `Dzień dobry ${firstName},\n\ndziękujemy za założenie konta rodzica i akceptację regulaminu pakietów (${termsLink}). Co dalej:\n` +
  `1. Dodaj dzieci: imię i nazwisko, rok urodzenia oraz login i hasło, którymi dziecko będzie się logować.\n` +
  `2. Wypróbuj bezpłatnie Pakiet Standard przez 2 dni — raz w roku szkolnym, od kliknięcia „Przetestuj przez 2 dni”.\n` +
  `3. Wybierz pakiet dla każdego dziecka. Ceny podajemy w ${currency}, walucie kraju zamieszkania.\n\n` +
  `Przez 14 dni od zapłaty możesz odstąpić od umowy z pełnym zwrotem, a później zrezygnować ze zwrotem za niewykorzystane miesiące.\n\n` +
  `Konto rodzica: ${link}\n\n— Planeta`;
