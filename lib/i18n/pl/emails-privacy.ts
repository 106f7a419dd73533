// Texts of the privacy e-mails about the account (emails/privacy-account.tsx): the new address's
// confirmation, the notice to the old one, the data export and the deletion. Part of the Polish catalogue.
export const emailsPrivacy = {
  confirm: {
    subject: 'Potwierdź nowy adres e-mail — Planeta',
    body: (validUntil: string) =>
      `poproszono o zmianę adresu e-mail konta w Planecie na ten adres. Kliknij, aby go potwierdzić — do tego czasu logujesz się starym adresem. Link działa do ${validUntil} i tylko raz.`,
    bodyText: (validUntil: string) =>
      `poproszono o zmianę adresu e-mail konta w Planecie na ten adres. Otwórz link, aby go potwierdzić (działa do ${validUntil} i tylko raz):`,
    button: 'Potwierdź adres',
    notYou: 'Jeśli to nie Ty prosiłeś o zmianę, zignoruj tę wiadomość — nic się nie zmieni.',
    notYouText: 'Jeśli to nie Ty, zignoruj tę wiadomość — nic się nie zmieni.',
  },
  notice: {
    subject: 'Prośba o zmianę adresu e-mail Twojego konta — Planeta',
    requested: (requestedAt: string) => `${requestedAt} poproszono o zmianę adresu e-mail Twojego konta na`,
    requestedText: (requestedAt: string, newEmail: string) =>
      `${requestedAt} poproszono o zmianę adresu e-mail Twojego konta na ${newEmail}.`,
    after: 'Zmiana nastąpi dopiero po kliknięciu linku wysłanego na nowy adres; do tego czasu obowiązuje ten adres.',
    notYou:
      'Jeśli to nie Ty, zaloguj się i zmień hasło — link wysłany na nowy adres przestanie działać, gdy poprosisz o kolejną zmianę.',
    notYouText: (link: string) => `Jeśli to nie Ty, zaloguj się i zmień hasło: ${link}`,
    button: 'Moje konto',
  },
  export: {
    subject: 'Kopia Twoich danych jest gotowa — Planeta',
    ready: (validUntil: string) =>
      `przygotowaliśmy kopię Twoich danych: plik ZIP z danymi w formacie JSON (dane.json) i czytelnym podsumowaniem (podsumowanie.pdf). Link działa do ${validUntil}; aby pobrać plik, trzeba być zalogowanym na swoje konto.`,
    readyText: (validUntil: string) =>
      `przygotowaliśmy kopię Twoich danych (dane.json i podsumowanie.pdf w pliku ZIP). Link działa do ${validUntil}; aby pobrać plik, trzeba być zalogowanym na swoje konto:`,
    button: 'Pobierz kopię danych',
    notYou: 'Jeśli to nie Ty prosiłeś o kopię, zmień hasło do konta.',
  },
  deleted: {
    subject: 'Twoje konto w Planecie zostało usunięte',
    done: (deletedAt: string, shortId: string) =>
      `zgodnie z Twoją prośbą ${deletedAt} usunęliśmy Twoje konto. Twoje imię, nazwisko, adres e-mail, login, hasło i telefon zostały usunięte, postępy w nauce i wyniki testów skasowane, wszystkie urządzenia wylogowane. W dokumentach, które musimy zachować, występujesz jako „Usunięty użytkownik #${shortId}”.`,
    doneText: (deletedAt: string, shortId: string) =>
      `zgodnie z Twoją prośbą ${deletedAt} usunęliśmy Twoje konto. Imię, nazwisko, e-mail, login, hasło i telefon zostały usunięte, postępy i wyniki testów skasowane, urządzenia wylogowane. W dokumentach, które musimy zachować, występujesz jako „Usunięty użytkownik #${shortId}”.`,
    kept: 'Zachowujemy tylko to, czego wymaga prawo:',
    last: 'To ostatnia wiadomość wysłana na ten adres. Jeśli to nie Ty usunąłeś konto, odpowiedz nam od razu.',
    lastText: 'To ostatnia wiadomość wysłana na ten adres.',
  },
};
