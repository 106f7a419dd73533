// The Polish message catalogue. Every user-facing string of the shared UI lives here; an
// English catalogue (en.ts) only has to satisfy the same `Messages` type.
import { learning } from './pl-learning';
import { checkout } from './pl-checkout';
import { families } from './pl-families';
import { groups } from './pl-groups';

export const pl = {
  learning,
  checkout,
  families,
  groups,
  locale: 'pl-PL',
  brand: { name: 'Planeta', tagline: 'Kursy online dla szkół, firm i rodzin' },
  nav: {
    courses: 'Kursy',
    myCourses: 'Moje kursy',
    orders: 'Zamówienia',
    account: 'Konto',
    panel: 'Panel',
    login: 'Zaloguj się',
    register: 'Załóż konto',
    logout: 'Wyloguj się',
    skipToContent: 'Przejdź do treści',
    main: 'Nawigacja główna',
  },
  errors: {
    signInRequired: 'Zaloguj się, aby kontynuować.',
    forbidden: 'Nie masz uprawnień do tej operacji.',
    checkFields: 'Popraw zaznaczone pola.',
    unexpected: 'Coś poszło nie tak. Spróbuj ponownie za chwilę.',
    notFoundTitle: 'Nie znaleźliśmy tej strony',
    notFoundBody: 'Adres mógł się zmienić albo strona została usunięta.',
    serverTitle: 'Wystąpił błąd',
    serverBody: 'Przepraszamy — coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.',
    backHome: 'Wróć na stronę główną',
    retry: 'Spróbuj ponownie',
  },
  auth: {
    loginTitle: 'Logowanie',
    identifier: 'E-mail lub login',
    password: 'Hasło',
    submitLogin: 'Zaloguj się',
    invalidCredentials: 'Nieprawidłowy e-mail, login lub hasło.',
    locked: (until: string) => `Zbyt wiele nieudanych prób logowania. Spróbuj ponownie po ${until}.`,
    forgot: 'Nie pamiętasz hasła?',
    noAccount: 'Nie masz konta?',
    registerTitle: 'Załóż konto',
    firstName: 'Imię',
    lastName: 'Nazwisko',
    email: 'E-mail',
    terms: 'Akceptuję regulamin serwisu Planeta',
    termsLink: 'Przeczytaj regulamin',
    submitRegister: 'Załóż konto',
    emailTaken: 'Konto z tym adresem e-mail już istnieje. Zaloguj się albo odzyskaj hasło.',
    haveAccount: 'Masz już konto?',
    resetTitle: 'Odzyskiwanie hasła',
    resetIntro: 'Podaj adres e-mail konta. Wyślemy jednorazowy link do ustawienia nowego hasła.',
    resetSubmit: 'Wyślij link',
    resetSent:
      'Jeśli konto z tym adresem istnieje, wysłaliśmy na nie link do ustawienia nowego hasła. Link jest ważny przez 60 minut.',
    newPasswordTitle: 'Ustaw nowe hasło',
    newPassword: 'Nowe hasło',
    confirmPassword: 'Powtórz nowe hasło',
    newPasswordSubmit: 'Zapisz nowe hasło',
    tokenInvalid: 'Link wygasł albo został już użyty. Poproś o nowy.',
    passwordChanged: 'Hasło zostało zmienione. Możesz się zalogować.',
    changeTitle: 'Zmiana hasła',
    currentPassword: 'Obecne hasło',
    changeSubmit: 'Zmień hasło',
    currentWrong: 'Obecne hasło jest nieprawidłowe.',
    changed: 'Hasło zostało zmienione. Inne sesje zostały wylogowane.',
    loggedOut: 'Wylogowano.',
  },
  account: { title: 'Twoje konto', roles: 'Role', login: 'Login' },
  panel: {
    title: 'Panel zespołu',
    mailbox: 'Poczta wychodząca',
    mailboxIntro: 'Wiadomości wysłane przez platformę. Bez skonfigurowanego SMTP_URL trafiają tylko tutaj.',
    noMail: 'Brak wiadomości.',
    to: 'Do',
    subject: 'Temat',
    sentAt: 'Utworzono',
    status: 'Stan',
  },
  catalog: {
    title: 'Katalog kursów',
    from: 'od',
    access: 'Dostęp',
    unlimited: 'bez limitu czasu',
    months: (n: number) => `${n} mies.`,
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...a: infer A) => string
    ? (...a: A) => string
    : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof pl>;
