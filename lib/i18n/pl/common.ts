// Texts of the shared UI (navigation, errors, account, catalogue). Part of the Polish catalogue.
import { pluralPl } from '@/lib/format/plural';

export const common = {
  locale: 'pl-PL',
  brand: {
    name: 'Planeta',
    tagline: 'Kursy online dla szkół, firm i rodzin',
    title: 'Planeta — kursy online',
    titleTemplate: '%s · Planeta',
    copyright: (year: number) => `© ${year} Planeta sp. z o.o.`,
  },
  footer: { label: 'Informacje', terms: 'Regulamin', privacy: 'Polityka prywatności' },
  home: {
    intro:
      'Szkolenia z certyfikatem, pakiety grupowe dla firm od 30 do 1000 osób i roczne pakiety przedmiotowe dla dzieci — płatne BLIK-iem lub szybkim przelewem.',
    featured: 'Polecane kursy',
  },
  forms: { pending: 'Chwileczkę…' },
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
    menu: 'Menu',
  },
  errors: {
    signInRequired: 'Zaloguj się, aby kontynuować.',
    forbidden: 'Nie masz uprawnień do tej operacji.',
    checkFields: 'Popraw zaznaczone pola.',
    unexpected: 'Coś poszło nie tak. Spróbuj ponownie za chwilę.',
    notFound: 'Nie znaleziono',
    crossSite: 'Niedozwolone źródło żądania',
    notFoundTitle: 'Nie znaleźliśmy tej strony',
    notFoundBody: 'Adres mógł się zmienić albo strona została usunięta.',
    serverTitle: 'Wystąpił błąd',
    serverBody: 'Przepraszamy — coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.',
    backHome: 'Wróć na stronę główną',
    retry: 'Spróbuj ponownie',
    digest: (digest: string) => `Kod zgłoszenia: ${digest}`,
  },
  /** Answers of the test-only endpoints (TEST_CLOCK=1). */
  testApi: { clockBody: 'Podaj advanceMs, advanceDays albo reset' },
  account: { title: 'Twoje konto', fullName: 'Imię i nazwisko', roles: 'Role', login: 'Login' },
  roles: {
    LEARNER: 'Uczestnik',
    PARENT: 'Rodzic',
    COMPANY_ADMIN: 'Administrator firmy',
    STAFF: 'Zespół Planety',
    CHILD: 'Uczeń (konto dziecka)',
  },
  catalog: {
    title: 'Katalog kursów',
    from: 'od',
    access: 'Dostęp',
    unlimited: 'bez limitu czasu',
    months: (n: number) => `${n} mies.`,
    browse: 'Przeglądaj kursy',
    search: 'Szukaj',
    searchPlaceholder: 'np. RODO, Excel',
    category: 'Kategoria',
    allCategories: 'Wszystkie',
    filter: 'Filtruj',
    noResults: 'Nie znaleźliśmy kursów pasujących do wyszukiwania.',
    offerOption: (offer: string, price: string) => `${offer} — ${price}`,
  },
  course: {
    fallbackTitle: 'Kurs',
    description: 'Opis kursu',
    syllabus: 'Program',
    buy: 'Kup kurs',
    priceNote: 'cena brutto dla jednej osoby, z 23% VAT',
    monthsFromPurchase: (n: number) => `${n} mies. od zakupu`,
    groupPackages: 'Pakiety grupowe: 30–1000 kont dla pracowników, z umową powierzenia i raportem końcowym.',
    people: 'Ilu osób dotyczy szkolenie?',
    peopleHint: 'Podpowiemy pakiet. Nadmiarowe konta wykorzystasz później, np. dla nowych pracowników.',
    recommended: (offer: string, spare: number) =>
      spare > 0
        ? `Polecamy: ${offer} (${spare} ${pluralPl(spare, 'konto', 'konta', 'kont')} zapasu).`
        : `Polecamy: ${offer}.`,
    tooMany: (largest: number) =>
      `Największy pakiet ma ${largest} kont. Kup go i dokup miejsca do grupy albo napisz do nas: kursy@planeta.edu.pl.`,
    invalidPeople: 'Podaj liczbę osób, np. 60.',
    perPerson: (price: string) => `${price} za osobę`,
    perSeat: (price: string, seats: number) => `${price} za konto przy ${seats} kontach`,
    packageNote: 'cena brutto za cały pakiet, z 23% VAT',
    stepsHeading: 'Jak przebiega szkolenie grupowe',
    stepsIntro: 'Po zakupie pakietu przeprowadzimy Cię przez sześć kroków:',
    steps: [
      'Zakup pakietu i przejście do kursu (dane do faktury VAT, płatność przez PayU).',
      'Umowa powierzenia przetwarzania danych osobowych — akceptacja w serwisie albo skan.',
      'Lista uczestników: imię i nazwisko, opcjonalnie e-mail, login i hasło.',
      'Konta uczestników i przekazanie im danych do logowania.',
      'Uczestnicy uczą się przez 2 miesiące i po teście pobierają zaświadczenia.',
      'Raport końcowy z listą uczestników i wynikami testu.',
    ],
  },
  groupTopUp: {
    line: (course: string, seats: number, company: string) =>
      `${course} — dokupienie ${seats} ${pluralPl(seats, 'miejsca', 'miejsc', 'miejsc')} do grupy ${company}`,
    heading: 'Dokup miejsca do swojej grupy',
    intro:
      'Potrzebujesz więcej kont w istniejącej grupie? Dokupione miejsca dojdą do niej po opłaceniu, z tym samym terminem raportu.',
    group: 'Grupa',
    groupOption: (company: string, seats: number, left: number) => `${company} — ${seats} miejsc, wolnych ${left}`,
    seats: 'Ile miejsc dokupić?',
    seatsHint: (min: number) =>
      `Od ${min} miejsc. Cena za miejsce jak w pakiecie, do którego grupa dorośnie (np. 100 + 20 → cena pakietu 100).`,
    submit: 'Dodaj do koszyka',
  },
} as const;
