// Texts of the family area (parents, children, yearly subject packages).
export const families = {
  nav: 'Rodzina',
  panelNav: 'Rodziny',
  title: 'Moja rodzina',
  registerTitle: 'Konto rodzica',
  registerIntro:
    'Załóż konto rodzica, dodaj dzieci i wybierz dla każdego pakiet na rok szkolny. Cenę podajemy w walucie kraju zamieszkania.',
  registerSubmit: 'Załóż konto rodzica',
  signedInOther:
    'Jesteś zalogowany na konto bez roli rodzica. Wyloguj się, aby założyć konto rodzica z innym adresem e-mail, albo napisz do nas, a dodamy rolę rodzica do tego konta.',
  parentRegisterLink: 'Rodzic? Załóż konto rodzica i kup pakiet szkolny dla dzieci',
  firstName: 'Imię',
  lastName: 'Nazwisko (opcjonalnie)',
  email: 'E-mail',
  phone: 'Telefon (opcjonalnie)',
  country: 'Kraj zamieszkania',
  countryHint:
    'Od kraju zależy waluta: Polska — PLN, Wielka Brytania — GBP, pozostałe kraje Europy (poza Rosją) — EUR, reszta świata — USD.',
  chooseCountry: 'Wybierz kraj…',
  terms: 'Akceptuję regulamin pakietów przedmiotowych',
  children: 'Dzieci',
  noChildren: 'Nie dodano jeszcze żadnego dziecka.',
  addChild: 'Dodaj dziecko',
  childFullName: 'Imię i nazwisko dziecka',
  birthYear: 'Rok urodzenia',
  childLogin: 'Login dziecka',
  childLoginHint: 'Dziecko loguje się tym loginem na zwykłej stronie logowania.',
  childPassword: 'Hasło dziecka',
  childAdded: (name: string, login: string) => `Dodano: ${name}. Dziecko loguje się loginem „${login}”.`,
  firstLoginIntroChild:
    'Hasło do tego konta ustawił Twój rodzic. Możesz je zachować albo ustawić własne — rodzic zawsze może nadać nowe.',
  passwordSet: 'Hasło dziecka zostało ustawione. Dziecko musi zalogować się ponownie.',
  setPassword: 'Ustaw nowe hasło',
  classRequested: 'Prośba o zmianę klasy została wysłana. Zespół Planety ją rozpatrzy.',
  classRequestCleared: 'Klasa według rocznika — prośba o zmianę wycofana.',
  choosePackages: 'Wybierz pakiety',
  trialTitle: 'Bezpłatny okres testowy',
  trialIntro:
    'Przez 2 dni (48 godzin od kliknięcia) wszystkie dzieci mają dostęp do Pakietu Standard. Raz w roku szkolnym.',
  trialStart: 'Przetestuj przez 2 dni',
  trialStarted: (until: string) => `Okres testowy trwa do ${until}.`,
  trialActive: (until: string) => `Okres testowy trwa do ${until}.`,
  trialEnded: (until: string) => `Okres testowy zakończył się ${until}.`,
  trialOncePerYear:
    'Z bezpłatnego okresu testowego można skorzystać raz w roku szkolnym. Aby dzieci uczyły się dalej, wybierz pakiety.',
  status: {
    PENDING_PAYMENT: 'czeka na płatność',
    ACTIVE: 'opłacony',
    RESIGNED: 'rezygnacja',
    WITHDRAWN: 'odstąpienie od umowy',
  } as Record<string, string>,
  access: {
    preparatory: 'platforma przygotowawcza do 1 września',
    open: 'dostępny',
    summer: 'wakacje — dostęp bezpłatny',
    closed: 'zamknięty',
  } as Record<string, string>,
};
