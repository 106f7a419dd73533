// The privacy e-mails about the account itself: confirming a new address (to the new one), the
// notice of the change (to the old one), the export's download link, and the deletion's confirmation.
import { EmailButton, EmailLayout } from './layout';

export type EmailChangeConfirmProps = { firstName: string; link: string; validUntil: string };
export type EmailChangeNoticeProps = { firstName: string; newEmail: string; requestedAt: string; accountLink: string };
export type DataExportReadyProps = { firstName: string; link: string; validUntil: string };
export type AccountDeletedProps = { firstName: string; shortId: string; deletedAt: string; kept: string[] };

export const confirmSubject = () => 'Potwierdź nowy adres e-mail — Planeta';

export function EmailChangeConfirmEmail(p: EmailChangeConfirmProps) {
  return (
    <EmailLayout title={confirmSubject()}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        poproszono o zmianę adresu e-mail konta w Planecie na ten adres. Kliknij, aby go potwierdzić — do tego czasu
        logujesz się starym adresem. Link działa do {p.validUntil} i tylko raz.
      </p>
      <EmailButton href={p.link}>Potwierdź adres</EmailButton>
      <p>Jeśli to nie Ty prosiłeś o zmianę, zignoruj tę wiadomość — nic się nie zmieni.</p>
    </EmailLayout>
  );
}

export const confirmText = (p: EmailChangeConfirmProps) =>
  `Dzień dobry ${p.firstName},\n\npoproszono o zmianę adresu e-mail konta w Planecie na ten adres. ` +
  `Otwórz link, aby go potwierdzić (działa do ${p.validUntil} i tylko raz):\n${p.link}\n\n` +
  `Jeśli to nie Ty, zignoruj tę wiadomość — nic się nie zmieni.\n\n— Planeta`;

export const noticeSubject = () => 'Prośba o zmianę adresu e-mail Twojego konta — Planeta';

export function EmailChangeNoticeEmail(p: EmailChangeNoticeProps) {
  return (
    <EmailLayout title={noticeSubject()}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        {p.requestedAt} poproszono o zmianę adresu e-mail Twojego konta na <strong>{p.newEmail}</strong>. Zmiana nastąpi
        dopiero po kliknięciu linku wysłanego na nowy adres; do tego czasu obowiązuje ten adres.
      </p>
      <p>
        Jeśli to nie Ty, zaloguj się i zmień hasło — link wysłany na nowy adres przestanie działać, gdy poprosisz o
        kolejną zmianę.
      </p>
      <EmailButton href={p.accountLink}>Moje konto</EmailButton>
    </EmailLayout>
  );
}

export const noticeText = (p: EmailChangeNoticeProps) =>
  `Dzień dobry ${p.firstName},\n\n${p.requestedAt} poproszono o zmianę adresu e-mail Twojego konta na ${p.newEmail}. ` +
  `Zmiana nastąpi dopiero po kliknięciu linku wysłanego na nowy adres; do tego czasu obowiązuje ten adres.\n\n` +
  `Jeśli to nie Ty, zaloguj się i zmień hasło: ${p.accountLink}\n\n— Planeta`;

export const exportSubject = () => 'Kopia Twoich danych jest gotowa — Planeta';

export function DataExportReadyEmail(p: DataExportReadyProps) {
  return (
    <EmailLayout title={exportSubject()}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        przygotowaliśmy kopię Twoich danych: plik ZIP z danymi w formacie JSON (dane.json) i czytelnym podsumowaniem
        (podsumowanie.pdf). Link działa do {p.validUntil}; aby pobrać plik, trzeba być zalogowanym na swoje konto.
      </p>
      <EmailButton href={p.link}>Pobierz kopię danych</EmailButton>
      <p>Jeśli to nie Ty prosiłeś o kopię, zmień hasło do konta.</p>
    </EmailLayout>
  );
}

export const exportText = (p: DataExportReadyProps) =>
  `Dzień dobry ${p.firstName},\n\nprzygotowaliśmy kopię Twoich danych (dane.json i podsumowanie.pdf w pliku ZIP). ` +
  `Link działa do ${p.validUntil}; aby pobrać plik, trzeba być zalogowanym na swoje konto:\n${p.link}\n\n` +
  `Jeśli to nie Ty prosiłeś o kopię, zmień hasło do konta.\n\n— Planeta`;

export const deletedSubject = () => 'Twoje konto w Planecie zostało usunięte';

export function AccountDeletedEmail(p: AccountDeletedProps) {
  return (
    <EmailLayout title={deletedSubject()}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        zgodnie z Twoją prośbą {p.deletedAt} usunęliśmy Twoje konto. Twoje imię, nazwisko, adres e-mail, login, hasło i
        telefon zostały usunięte, postępy w nauce i wyniki testów skasowane, wszystkie urządzenia wylogowane. W
        dokumentach, które musimy zachować, występujesz jako „Usunięty użytkownik #{p.shortId}”.
      </p>
      {p.kept.length > 0 && (
        <>
          <p>Zachowujemy tylko to, czego wymaga prawo:</p>
          <ul>
            {p.kept.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
        </>
      )}
      <p>To ostatnia wiadomość wysłana na ten adres. Jeśli to nie Ty usunąłeś konto, odpowiedz nam od razu.</p>
    </EmailLayout>
  );
}

export const deletedText = (p: AccountDeletedProps) =>
  `Dzień dobry ${p.firstName},\n\nzgodnie z Twoją prośbą ${p.deletedAt} usunęliśmy Twoje konto. Imię, nazwisko, ` +
  `e-mail, login, hasło i telefon zostały usunięte, postępy i wyniki testów skasowane, urządzenia wylogowane. ` +
  `W dokumentach, które musimy zachować, występujesz jako „Usunięty użytkownik #${p.shortId}”.\n\n` +
  (p.kept.length ? `Zachowujemy tylko to, czego wymaga prawo:\n${p.kept.map((k) => `- ${k}`).join('\n')}\n\n` : '') +
  `To ostatnia wiadomość wysłana na ten adres.\n\n— Planeta`;
