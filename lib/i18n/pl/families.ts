// Texts of the family area (parents, children, yearly subject packages).
import { pluralPl } from '@/lib/format/plural';

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
  /** Subject names (regulamin §1.4.9–1.4.11). */
  subjects: {
    JEZYK_POLSKI_OD_PODSTAW: 'język polski od podstaw',
    PRZYGOTOWANIE_PRZEDSZKOLNE: 'roczne przygotowanie przedszkolne',
    EDUKACJA_WCZESNOSZKOLNA: 'edukacja wczesnoszkolna',
    JEZYK_POLSKI: 'język polski',
    HISTORIA: 'historia',
    PRZYRODA: 'przyroda',
    GEOGRAFIA: 'geografia',
    WOS: 'wiedza o społeczeństwie',
    MATEMATYKA: 'matematyka',
    ZAJECIA_KOMPUTEROWE: 'zajęcia komputerowe',
    INFORMATYKA: 'informatyka',
    BIOLOGIA: 'biologia',
    CHEMIA: 'chemia',
    FIZYKA: 'fizyka',
    EDB: 'edukacja dla bezpieczeństwa',
    JEZYK_ANGIELSKI: 'język angielski',
    JEZYK_FRANCUSKI: 'język francuski',
    JEZYK_HISZPANSKI: 'język hiszpański',
    JEZYK_NIEMIECKI: 'język niemiecki',
    JEZYK_WLOSKI: 'język włoski',
    DRUGI_JEZYK_OBCY: 'drugi język obcy',
  },
  /** The yearly packages (regulamin §1.4.8–1.4.11). */
  packages: {
    NA_START: {
      name: 'Pakiet Na Start',
      includes: [
        'kurs języka polskiego od podstaw: 20 scenariuszy lekcyjnych',
        'testy sprawdzające opanowanie materiału',
        'interaktywne zadania i gry edukacyjne',
        'forum (bez aplikacji „Kolega z ławki”)',
      ],
    },
    MINI: {
      name: 'Pakiet Mini',
      includes: [
        '36 tygodniowych scenariuszy lekcyjnych: edukacja wczesnoszkolna, język polski, historia, WOS, przyroda (liczba przedmiotów zależy od klasy)',
        'testy, interaktywne zadania i gry edukacyjne, materiały o polskiej kulturze i tradycji',
        'webinaria, forum i aplikacja „Kolega z ławki”',
        'bez przedmiotów ścisłych, języków obcych i lekcji polskiego w grupach 2–3 osobowych (można dokupić)',
      ],
    },
    STANDARD: {
      name: 'Pakiet Standard',
      includes: [
        'wszystko z Pakietu Mini',
        'przedmioty ścisłe i języki obce: matematyka, informatyka, biologia, chemia, fizyka, EDB, język obcy (według klasy)',
        'lekcje języka polskiego w grupach 2–3 osobowych',
        'roczny egzamin z przedmiotów podstawowych bez dodatkowej opłaty',
      ],
    },
    PREMIUM: {
      name: 'Pakiet Premium',
      includes: [
        'wszystko z Pakietu Standard',
        '20 indywidualnych korepetycji z języka polskiego',
        'pakiet lektur dostosowany do klasy, wysyłany na adres zagraniczny',
      ],
    },
  },
  categoryName: 'Szkoła polska za granicą',
  /** Order line descriptions (stored with the order and printed on the invoice as they were). */
  lines: {
    siblingDiscount: 'Rabat dla rodzeństwa',
    exam: (subject: string, included: boolean) => `Egzamin: ${subject}${included ? ' (w cenie pakietu)' : ''}`,
    /** The order item's name lists the extras, the included exams marked shorter. */
    itemName: (pkg: string, extras: string[]) =>
      extras.length ? `${pkg}; ${extras.map((e) => e.replace(/ \(w cenie pakietu\)$/, ' (w cenie)')).join('; ')}` : pkg,
    extraSubject: (subject: string) => `Dodatkowy przedmiot: ${subject}`,
    groupLessons: (n: number) =>
      `Lekcje języka polskiego w grupach 2–3 osobowych: ${n} ${n === 1 ? 'lekcja' : 'lekcji'}`,
  },
  className: (classNumber: number) => (classNumber === 0 ? 'zerówka' : `klasa ${classNumber}`),
  sibling: {
    singleChild: 'Rabat dla rodzeństwa przysługuje od drugiego dziecka.',
    notAllStandard: 'Rabat dla rodzeństwa przysługuje tylko wtedy, gdy dla wszystkich dzieci wybrano Pakiet Standard.',
    paidNotStandard:
      'Rabat dla rodzeństwa przysługuje tylko wtedy, gdy wszystkie dzieci mają Pakiet Standard — także te, których pakiet na ten rok szkolny jest już opłacony.',
    instalments: 'Rabat dla rodzeństwa nie obowiązuje przy płatności w ratach.',
    noFullPriceSibling:
      'Żadne z rodzeństwa z opłaconym pakietem nie płaci już pełnej ceny, więc to dziecko płaci pełną cenę, a rabat przysługuje kolejnemu.',
    appliedWithPaid: (n: number) =>
      `Rodzeństwo ma już opłacony Pakiet Standard na ten rok szkolny, więc rabat obejmuje każde dziecko w tym zamówieniu; liczba dzieci z rabatem: ${n}.`,
    applied: (n: number) =>
      `Rabat dla rodzeństwa obniża opłatę za drugie i każde kolejne dziecko; liczba dzieci z rabatem: ${n}.`,
  },
  /** §5.3 re-evaluated when a package leaves: shown on the cancellation preview and to staff. */
  siblingAdjustment: {
    loss: (refund: string, loss: string, payout: string) =>
      `Zwrot ${refund} − utrata rabatu dla rodzeństwa ${loss} = ${payout} do wypłaty.`,
    returned: (refund: string, back: string, payout: string) =>
      `Zwrot ${refund} + zwrot dopłaty za rabat dla rodzeństwa ${back} = ${payout} do wypłaty.`,
    lossWithdrawal:
      'Odstąpienie od umowy zwraca całą opłatę za ten pakiet (art. 32 ustawy o prawach konsumenta, pkt 8.4 regulaminu). ' +
      'Umowę uważa się wtedy za niezawartą (art. 31 ustawy), więc rodzeństwo traci warunek rabatu z pkt 5.3 regulaminu: ' +
      'pakiet Standard jednego z pozostałych dzieci kosztuje pełną cenę. Tę dopłatę potrącamy z powyższego zwrotu, jeśli to potwierdzisz. ' +
      'Jeśli rodzeństwo jest jeszcze w terminie 14 dni, możesz zamiast tego odstąpić najpierw od umowy dziecka z rabatem — wtedy dopłaty nie ma.',
    lossResignation:
      'Rabat z pkt 5.3 regulaminu przysługuje za drugie i kolejne dziecko. Po tej rezygnacji pakiet Standard jednego z pozostałych dzieci ' +
      'kosztuje pełną cenę za niewykorzystane miesiące, więc różnicę za te miesiące potrącamy ze zwrotu.',
    returnedWhy:
      'Gdy wcześniej odeszło rodzeństwo płacące pełną cenę, za ten pakiet została potrącona dopłata za utratę rabatu (pkt 5.3 regulaminu). ' +
      'Wraz z tym pakietem zwracamy także tę dopłatę (za niewykorzystane miesiące).',
  },
  resignationRefund: {
    instalments: 'Przy płatności w ratach zwrot za niewykorzystane miesiące nie przysługuje.',
    nothingLeft: 'Nie pozostały niewykorzystane miesiące roku szkolnego, więc zwrot nie przysługuje.',
    refund: (months: number, of: number) =>
      `Zwrot za ${months} z ${of} miesięcy roku szkolnego, po potrąceniu kosztów przelewu.`,
  },
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
  cancellationRefundedAmount: (amount: string) =>
    `Zwrot ${amount} zlecony w PayU. Dostęp bez zmian względem zgłoszenia.`,
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
    siblingChanged:
      'W międzyczasie zmieniły się pakiety rodzeństwa, więc zmieniła się kwota zwrotu. Sprawdź nowe kwoty i potwierdź ponownie.',
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
  backToFamily: '← Moja rodzina',
  // /rodzina: the family page
  familyPage: {
    intro: (year: string, currency: string) => `Rok szkolny ${year} · ceny w ${currency}`,
  },
  // one child on the family page (components/families/child-card)
  childCard: {
    /** The link beside the child's name: the name itself is for screen readers only (`forChild`). */
    settingsLink: 'Login, hasło i klasa',
    forChild: (name: string) => `: ${name}`,
    cohort: (birthYear: number) => `Rocznik ${birthYear} · login`,
    inYear: (year: string) => `w roku ${year}:`,
    classRequestPending: ' · prośba o zmianę klasy czeka na decyzję',
    paid: (year: string, status: string) => `${year}: ${status}, zapłacono`,
    access: (state: string) => `· dostęp: ${state}`,
    /** What the package opens now, in plain words; `until` is the last day (lib/families/rules/access-state.ts). */
    accessNow: {
      preparatory: (until: string) => `· do ${until} platforma przygotowawcza, od 1 września lekcje całego roku`,
      open: (until: string) => `· rok szkolny do ${until}, w wakacje lekcje dalej dostępne bez opłat`,
      summer: (until: string) => `· wakacje: lekcje dostępne bezpłatnie do ${until}`,
      closed: () => '· lekcje zamknięte',
    },
    refund: (amount: string, state: string, until: string) => `· zwrot ${amount} (${state}), dostęp do ${until}`,
    refundState: { REFUNDED: 'przesłany', PENDING: 'w realizacji', other: 'nie przysługuje' },
    cancelLink: 'Zrezygnuj lub odstąp od umowy',
    progressCaption: (name: string) => `Postępy: ${name}`,
    colSubject: 'Przedmiot',
    progress: (done: number, total: number, percent: number) => `${done} z ${total} lekcji (${percent}%)`,
    testPassed: ' · test zaliczony',
    noLimit: 'bez limitu',
    ended: 'zakończony',
  },
  // /rodzina/dzieci/[id]: a child's login, password and class
  childPage: {
    metaTitle: 'Konto dziecka',
    loginHeading: 'Logowanie dziecka',
    login: 'Login:',
    loginWhere: '. Dziecko loguje się na stronie',
    newPassword: 'Nowe hasło dziecka',
    classHeading: (year: string) => `Klasa w roku ${year}`,
    byCohort: (birthYear: number) => `Według rocznika ${birthYear}:`,
    approvedChange: (className: string) => `Zatwierdzona zmiana: ${className}.`,
    requestPending: (className: string) => `Prośba o ${className} czeka na decyzję zespołu.`,
    requestRejected: 'Ostatnia prośba o zmianę klasy została odrzucona.',
    sendRequest: 'Wyślij prośbę',
    shiftLabel: 'Regulamin pozwala poprosić o klasę o jedną niżej lub wyżej',
    byCohortOption: ' (według rocznika)',
  },
  // /rodzina/rezygnacja/[id]: withdrawal from the contract or resignation during the year
  cancelPage: {
    metaTitle: 'Rezygnacja z pakietu',
    title: (pkg: string, child: string) => `${pkg}: ${child}`,
    paid: (amount: string) => `Zapłacono ${amount}.`,
    withdrawalHeading: 'Odstąpienie od umowy (pełny zwrot)',
    withdrawalBody: (until: string) =>
      `Do ${until} włącznie (14 dni od zapłaty) możesz odstąpić od umowy bez podania przyczyny. Zwrot:`,
    withdrawalAfter: '. Dostęp dziecka kończy się od razu.',
    withdraw: 'Odstępuję od umowy',
    resignationHeading: 'Rezygnacja w trakcie roku',
    resignationBody: (until: string) =>
      `Rezygnacja działa z końcem miesiąca, w którym ją składasz: dziecko ma dostęp do ${until} włącznie.`,
    refundFormula: (paid: string, months: number) => `Zwrot za niewykorzystane miesiące: ${paid} ÷ 10 × ${months} =`,
    refundVia: 'Zwrot prześlemy przez PayU na konto, z którego przyszła płatność.',
    resign: 'Potwierdzam rezygnację',
  },
  // /rodzina/pakiety: choosing a package per child, then the order summary
  packagesPage: {
    metaTitle: 'Pakiety dla dzieci',
    title: (year: string) => `Pakiety na rok szkolny ${year}`,
    intro: (currency: string) =>
      `Ceny za dziecko za rok szkolny, w walucie kraju zamieszkania (${currency}). Po zapłacie pakietu nie można zmienić.`,
    addChildFirst: 'Najpierw',
    addChildLink: 'dodaj dziecko',
    childLine: (birthYear: number, classLabel: string) => `Rocznik ${birthYear} · ${classLabel}`,
    paidLocked: 'Pakiet na ten rok szkolny jest opłacony — nie można go zmienić.',
    ages: (min: number, max: number, hasClasses: boolean) =>
      `Wiek: ${min}–${max} lat${hasClasses ? '' : ', bez podziału na klasy'}`,
    subjects: (classLabel: string | null) => (classLabel ? `Przedmioty (${classLabel}):` : 'Przedmioty:'),
    choose: (pkg: string) => `Wybieram ${pkg}`,
    forChild: (name: string) => ` dla: ${name}`,
    noPackage: 'Bez pakietu',
    addOns: 'Dodatki: egzaminy, przedmioty do Pakietu Mini, lekcje w grupach',
    exams: (fee: string) => `Egzaminy (${fee} za przedmiot; podstawowe w cenie Standard i Premium)`,
    extras: (fee: string) => `Dodatkowe przedmioty do Pakietu Mini (${fee} każdy)`,
    noExtras: 'Brak w tej klasie.',
    lessons: 'Lekcje polskiego w grupach 2–3 osobowych (Pakiet Mini)',
    noLessons: 'bez lekcji',
    lessonsOption: (count: number, price: string) => `${count} ${count === 1 ? 'lekcja' : 'lekcji'} — ${price}`,
    rateNote: (currency: string, rate: string, date: string) =>
      `Ceny dodatków ustalone są w złotych; przeliczamy je na ${currency} po kursie z dnia zakupu: ${rate} zł za 1 ${currency} (kurs z ${date}).`,
    noRate: (currency: string) =>
      `Ceny dodatków ustalone są w złotych i przeliczamy je na ${currency} po kursie z dnia zakupu. Kurs na dziś nie został jeszcze wprowadzony, więc dodatków nie można dziś zamówić — spróbuj ponownie w kolejnym dniu roboczym. Pakiety bez dodatków możesz kupić już teraz.`,
    recalculate: 'Przelicz cenę',
    summary: 'Podsumowanie zamówienia',
    linesCaption: 'Pozycje zamówienia',
    colChild: 'Dziecko',
    colItem: 'Pozycja',
    colAmount: 'Kwota',
    total: 'Razem',
    discountApplies: 'Rabat dla rodzeństwa naliczony. ',
    discountNone: 'Rabat dla rodzeństwa nie obowiązuje. ',
    pay: (total: string) => `Zamawiam i płacę ${total}`,
    payLegend: 'Płatność przez PayU',
    termsBefore: 'Akceptuję',
    termsLink: 'regulamin pakietów',
    termsAfter: '; rozumiem, że po zapłacie pakietu nie można zmienić.',
  },
  // The yearly exam of a paid package (regulamin §4.9): parent's pages and the child's own page
  exams: {
    heading: (year: string) => `Egzamin roczny ${year}`,
    upcoming: (from: string, to: string) => `Test online na platformie, w okresie od ${from} do ${to}.`,
    open: (to: string) => `Trwa okres egzaminów: test online na platformie, do ${to}.`,
    over: (to: string) => `Okres egzaminów zakończył się ${to}.`,
    included: 'w cenie pakietu',
    bought: 'dokupiony',
    childHeading: 'Twoje egzaminy',
    none: 'Ten pakiet nie obejmuje egzaminu.',
  },
  // /rodzina/pakiety: a child whose package for the year is paid
  paidPackage: {
    heading: (name: string) => `Opłacony: ${name}`,
    subjects: 'Przedmioty',
  },
  // the family page's dashboard (lib/families/dashboard, components/families/dashboard)
  dashboard: {
    heading: 'Jak idzie nauka',
    intro: 'Postępy dzieci, najbliższe zajęcia i płatności — w jednym miejscu.',
    tilesLabel: 'Podsumowanie rodziny',
    lessonsThisWeek: 'Lekcje w tym tygodniu',
    lessonsThisWeekHint: (children: number) =>
      children === 1 ? 'ukończone przez dziecko' : 'ukończone przez wszystkie dzieci razem',
    lessonsDone: 'Ukończone lekcje',
    lessonsDoneHint: (total: number) => `z ${total} w kursach dzieci`,
    nextClass: 'Najbliższe zajęcia',
    nextClassNone: 'brak',
    nextClassNoneHint: 'nic nie zaplanowano na najbliższe tygodnie',
    toPay: 'Do zapłaty',
    toPayNone: '0 zł',
    toPayNoneHint: 'nic nie czeka na zapłatę',
    overdueHint: (n: number) =>
      `${n} ${pluralPl(n, 'płatność', 'płatności', 'płatności')} po terminie — zapłać jak najszybciej`,
    nextDueHint: (date: string) => `najbliższy termin: ${date}`,
    subjects: 'Postęp w przedmiotach',
    subjectsNone: 'Dziecko nie ma jeszcze przedmiotów ani kursów.',
    choosePackage: 'Wybierz pakiet',
    testPassed: 'test zaliczony',
    openCourse: (title: string) => `Otwórz kurs: ${title}`,
    weeksTitle: (name: string) => `Lekcje tydzień po tygodniu — ${name}`,
    weekColumn: 'Tydzień',
    lessonsColumn: 'Ukończone lekcje',
    weeksSummary: (name: string, weeks: number, total: number, thisWeek: number) =>
      total === 0
        ? `${name} nie ukończył(a) żadnej lekcji w ostatnich ${weeks} tygodniach.`
        : `${name}: ${total} ${pluralPl(total, 'lekcja', 'lekcje', 'lekcji')} w ostatnich ${weeks} tygodniach, w tym tygodniu ${thisWeek}.`,
    classes: 'Najbliższe zajęcia',
    classesNone: 'Brak zaplanowanych zajęć w najbliższych tygodniach.',
    allClasses: (name: string) => `Wszystkie zajęcia: ${name}`,
    online: 'on-line',
    place: { booked: 'zapisano', waiting: 'lista oczekujących', group: 'zajęcia grupy' },
    payments: 'Płatności',
    paymentsNone: 'Nic nie czeka na zapłatę.',
    dueOn: (date: string) => `termin ${date}`,
    overdue: 'po terminie',
    pay: 'Zapłać',
    payAria: (label: string, what: string) => `Zapłać: ${label} — ${what}`,
  },
};
