// Texts of the family area (parents, children, yearly subject packages).

/** 2–4 lata (but 12–14 lat), otherwise lat. */
function yearsWord(n: number): string {
  const last = n % 10;
  const lastTwo = n % 100;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'lata' : 'lat';
}
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
  fields: {
    firstName: 'imię',
    max30: 'Najwyżej 30 znaków.',
    max120: 'Najwyżej 120 znaków.',
    phone: 'Podaj numer telefonu z cyframi, np. +44 20 7946 0000.',
    countryRequired: 'Wybierz kraj zamieszkania.',
    countryFromList: 'Wybierz kraj z listy.',
    terms: 'Aby założyć konto, zaakceptuj regulamin pakietów.',
    loginMin: 'Login musi mieć co najmniej 3 znaki.',
    loginMax: 'Login może mieć najwyżej 40 znaków.',
    loginChars: 'Login może zawierać małe litery bez polskich znaków, cyfry, kropkę, myślnik i podkreślenie.',
    childNameRequired: 'Podaj imię i nazwisko dziecka.',
    childNameFormat: 'Podaj imię i nazwisko dziecka (litery, spacja, myślnik).',
    birthYear: 'Podaj rok urodzenia, np. 2016.',
    chooseClass: 'Wybierz klasę.',
    orderTerms: 'Aby zapłacić, zaakceptuj regulamin pakietów.',
    currency: 'Wybierz walutę.',
    rateRequired: 'Podaj kurs, np. 4,2735.',
  },
  classChangeApproved: 'Zmiana klasy zatwierdzona.',
  classChangeRejected: 'Prośba odrzucona.',
  cancellationRefunded: 'Zwrot zlecony w PayU.',
  rateSaved: 'Kurs zapisany.',
  errors: {
    rateFormat: 'Podaj kurs z najwyżej czterema miejscami po przecinku, np. 4,2735.',
    rateExample: 'Np. 4,2735.',
    dateFormat: 'Podaj datę w formacie RRRR-MM-DD.',
    dateRequired: 'Podaj datę.',
    classRequestDecided: 'Ta prośba została już rozpatrzona.',
    packageNotActive: 'Ten pakiet nie jest aktywny — nie można z niego zrezygnować.',
    withdrawalExpired: 'Minęło 14 dni od zapłaty: odstąpienie od umowy nie jest już możliwe. Możesz złożyć rezygnację.',
    alreadyCancelled: 'Ten pakiet został już anulowany.',
    cancellationMissing: 'Nie znaleziono zgłoszenia.',
    cancellationClosed: 'To zgłoszenie jest już zamknięte.',
    loginTaken: 'Ten login jest już zajęty. Wybierz inny.',
    childMissing: 'Nie znaleziono dziecka.',
    noPackageChosen: 'Wybierz pakiet dla co najmniej jednego dziecka.',
    packagePaidLocked:
      'Pakiet na ten rok szkolny jest już opłacony i nie można go zmienić. Usuń to dziecko z zamówienia.',
    trialNeedsChild: 'Najpierw dodaj dziecko w wieku szkolnym — okres testowy obejmuje konta dzieci.',
    trialOnce: 'Z bezpłatnego okresu testowego można skorzystać raz w roku szkolnym.',
    trialUsed: (schoolYear: string) =>
      `Z bezpłatnego okresu testowego można skorzystać raz w roku szkolnym; w roku ${schoolYear} został już wykorzystany.`,
    tooYoung: (birthYear: number, schoolYear: string, cohort: number) =>
      `Dziecko urodzone w ${birthYear} r. jest za młode na rok szkolny ${schoolYear}: ` +
      `zerówka obejmuje rocznik ${cohort}.`,
    tooOld: (birthYear: number, schoolYear: string, oldestAge: number, cohort: number) =>
      `Dziecko urodzone w ${birthYear} r. jest za stare na pakiety w roku szkolnym ${schoolYear}: ` +
      `są dla dzieci do ${oldestAge} lat, a klasa 8 obejmuje roczniki ${cohort} i ${cohort + 1}.`,
    classStepTooLarge: 'Klasę można zmienić tylko o jedną niżej lub o jedną wyżej niż wynika z roku urodzenia.',
    noClassBelow: 'Nie ma klasy niższej niż zerówka.',
    noClassAbove: 'Nie ma klasy wyższej niż klasa 8.',
    packageAge: (pkg: string, min: number, max: number, birthYear: number, startYear: number, age: number) =>
      `${pkg} jest dla dzieci w wieku ${min}–${max} lat, ` +
      `a dziecko urodzone w ${birthYear} r. kończy w ${startYear} r. ${age === 1 ? '1 rok' : `${age} ${yearsWord(age)}`}.`,
    noChildren: 'Zamówienie musi obejmować co najmniej jedno dziecko.',
    duplicateChild: 'To samo dziecko występuje w zamówieniu więcej niż raz.',
    startHasNoClasses: 'Pakiet Na Start nie ma podziału na klasy.',
    rateRequired: (currency: string) =>
      `Dodatki przeliczamy na ${currency} po kursie z dnia zakupu, a kursu na dziś jeszcze nie wprowadzono. Usuń dodatki, aby kupić same pakiety, albo spróbuj w kolejnym dniu roboczym.`,
    /** The pricer's problems with an order, one after another. */
    orderProblems: (problems: string[]) => problems.join(' '),
    rateMismatch: (currency: string) => `Podany kurs nie pasuje do waluty zamówienia (${currency}).`,
    startHasNoExams: 'Pakiet Na Start nie obejmuje egzaminów.',
    extrasOnlyMini: 'Dodatkowe przedmioty można dokupić tylko do Pakietu Mini.',
    groupLessonsOnlyMini: 'Lekcje języka polskiego w grupach 2–3 osobowych można dokupić tylko do Pakietu Mini.',
    lessonBundle: 'Lekcje w grupach 2–3 osobowych można kupić w pakietach po 1, 5 lub 10 lekcji.',
    duplicateExam: (subject: string) => `Egzamin „${subject}” wybrano więcej niż raz.`,
    duplicateExtra: (subject: string) => `Przedmiot „${subject}” wybrano więcej niż raz.`,
    examNotForClass: (subject: string, classNumber: number) =>
      `Egzamin „${subject}” nie jest dostępny ${classNumber === 0 ? 'w zerówce' : `w klasie ${classNumber}`}.`,
    extraNotForClass: (subject: string, classNumber: number) =>
      `Przedmiot „${subject}” nie jest dostępny ${classNumber === 0 ? 'w zerówce' : `w klasie ${classNumber}`}.`,
  },
  /** A cancellation's refund description (stored with the refund and shown by PayU). */
  cancellationRefund: (kind: string, child: string) =>
    `${kind === 'WITHDRAWAL' ? 'Odstąpienie od umowy' : 'Rezygnacja'}: ${child}`,
  /** Where an exchange rate came from (ExchangeRate.source). */
  rateSource: { staff: 'zespół', demo: 'dane demonstracyjne' } as Record<string, string>,
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
