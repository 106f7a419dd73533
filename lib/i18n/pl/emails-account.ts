// Texts of the account's e-mails (emails/welcome.tsx, password-reset.tsx, password-changed.tsx,
// account-unlock.tsx), HTML and plain text alike. Part of the Polish catalogue.
export const emailsAccount = {
  welcome: {
    subject: 'Witamy w Planecie',
    ready: 'Twoje konto w Planecie jest gotowe. Możesz przeglądać kursy i zacząć naukę od razu.',
    readyShort: 'Twoje konto w Planecie jest gotowe.',
    button: 'Przejdź do Planety',
  },
  passwordReset: {
    subject: 'Ustaw nowe hasło w Planecie',
    intro:
      'otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta. Link jest ważny przez 60 minut i działa tylko raz.',
    introShort: 'otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta.',
    button: 'Ustaw nowe hasło',
    linkText: 'Link (ważny 60 minut, działa tylko raz):',
    notYou: 'Jeśli to nie Ty prosiłeś o zmianę hasła, zignoruj tę wiadomość — hasło pozostanie bez zmian.',
    notYouShort: 'Jeśli to nie Ty, zignoruj tę wiadomość.',
  },
  passwordChanged: {
    subject: 'Hasło do Twojego konta zostało zmienione',
    changed: (changedAt: string) =>
      `hasło do Twojego konta w Planecie zostało zmienione (${changedAt}). Wszystkie inne zalogowane urządzenia zostały wylogowane.`,
    ifYou: 'Jeśli to Ty — nic nie musisz robić.',
    notYouLead: 'Jeśli to nie Ty',
    notYou:
      ', ktoś może znać Twoje hasło lub mieć dostęp do Twojej skrzynki. Ustaw od razu nowe hasło (link wyślemy na ten adres e-mail) — zmiana wyloguje wszystkie urządzenia — a potem zmień hasło do poczty.',
    notYouText:
      'Jeśli to nie Ty, ustaw od razu nowe hasło (link wyślemy na ten adres e-mail) — zmiana wyloguje wszystkie urządzenia — a potem zmień hasło do poczty:',
    button: 'Ustaw nowe hasło',
  },
  accountUnlock: {
    subject: 'Twoje konto w Planecie zostało zablokowane',
    locked:
      'ktoś wiele razy podał złe hasło do Twojego konta, więc je zablokowaliśmy. Jeśli to Ty, odblokuj konto tym linkiem — jest ważny przez 24 godziny i działa tylko raz. Bez niego blokada minie sama po 24 godzinach.',
    lockedShort: 'ktoś wiele razy podał złe hasło do Twojego konta, więc je zablokowaliśmy.',
    linkText: 'Jeśli to Ty, odblokuj konto tym linkiem (ważny 24 godziny, działa tylko raz):',
    button: 'Odblokuj konto',
    notYou: 'Jeśli to nie Ty próbowałeś się zalogować, rozważ zmianę hasła po odblokowaniu konta.',
    notYouText: 'Bez niego blokada minie sama po 24 godzinach. Jeśli to nie Ty, rozważ zmianę hasła.',
  },
};
