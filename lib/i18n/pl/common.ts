// Texts of the shared UI (navigation, errors, account, staff panel, catalogue). Part of the Polish
// catalogue.

export const common = {
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
