// Wording of the draft data-processing agreement (RODO art. 28) for a group purchase and for a
// school's planner licence (issue 23, A17). Kept apart from the drawing so that lawyers can review
// the text in one place.
import type { Seller } from '@/lib/invoices/seller';

export type AgreementCompany = { name: string; nip: string; addressLines: readonly string[] };
/** A group purchase's agreement (facts stored before schools existed have no `kind`). */
export type GroupAgreementFacts = {
  kind?: undefined;
  company: AgreementCompany;
  seller: Seller;
  courseTitle: string;
  seats: number;
  orderNumber: string;
};
/** A school's agreement for its planner licence: the school is the controller (A17). */
export type SchoolAgreementFacts = {
  kind: 'school';
  company: AgreementCompany;
  seller: Seller;
  okeCode: string;
  examYear: number;
  /** The licence contract's number. */
  orderNumber: string;
};
export type AgreementFacts = GroupAgreementFacts | SchoolAgreementFacts;

/** A numbered point: plain text, or a lead-in followed by lettered items a), b), … */
export type Point = string | { lead: string; items: string[] };
export type Clause = { title: string; points: Point[] };

/** A dotted blank to be filled in by hand. */
export const BLANK = '…………………………';

/** Clauses both agreements share word for word (a group's text, and so its hash, is unchanged). */
const PROCESSOR_DUTIES: Clause = {
  title: 'Obowiązki Podmiotu przetwarzającego',
  points: [
    {
      lead: 'Zgodnie z art. 28 ust. 3 RODO Podmiot przetwarzający:',
      items: [
        'przetwarza dane wyłącznie na udokumentowane polecenie Administratora, także w zakresie przekazywania danych do państwa trzeciego, chyba że obowiązek taki nakłada na niego prawo — wówczas informuje o nim Administratora przed rozpoczęciem przetwarzania;',
        'zapewnia, by osoby upoważnione do przetwarzania danych zobowiązały się do zachowania tajemnicy;',
        'stosuje środki bezpieczeństwa wymagane przez art. 32 RODO;',
        'korzysta z usług dalszych podmiotów przetwarzających wyłącznie na zasadach z § 6;',
        'pomaga Administratorowi, poprzez odpowiednie środki techniczne i organizacyjne, wywiązać się z obowiązku odpowiadania na żądania osób, których dane dotyczą;',
        'pomaga Administratorowi wywiązać się z obowiązków określonych w art. 32–36 RODO;',
        'po zakończeniu świadczenia Usługi usuwa lub zwraca dane zgodnie z § 8;',
        'udostępnia Administratorowi informacje niezbędne do wykazania spełnienia powyższych obowiązków oraz umożliwia przeprowadzanie audytów, w tym inspekcji.',
      ],
    },
    'Do środków bezpieczeństwa należą w szczególności: szyfrowane połączenia z platformą, indywidualne konta i uprawnienia personelu, przechowywanie haseł wyłącznie w postaci skrótu kryptograficznego oraz regularne kopie zapasowe.',
    'Podmiot przetwarzający niezwłocznie informuje Administratora, jeżeli jego zdaniem wydane mu polecenie narusza RODO lub inne przepisy o ochronie danych.',
    'Naruszenie ochrony danych osobowych Podmiot przetwarzający zgłasza Administratorowi bez zbędnej zwłoki, nie później niż w ciągu 36 godzin od jego stwierdzenia, na adres e-mail Administratora wskazany na platformie, z informacjami, o których mowa w art. 33 ust. 3 RODO.',
  ],
};

const SUBPROCESSORS: Clause = {
  title: 'Dalsze powierzenie',
  points: [
    'Administrator udziela ogólnej zgody na dalsze powierzenie przetwarzania dostawcom usług hostingu i infrastruktury serwerowej oraz dostawcom usług poczty elektronicznej, w zakresie niezbędnym do świadczenia Usługi. Aktualną listę dalszych podmiotów przetwarzających Podmiot przetwarzający udostępnia na każde żądanie Administratora.',
    'O zamiarze dodania lub zmiany dalszego podmiotu przetwarzającego Podmiot przetwarzający informuje Administratora z co najmniej 14-dniowym wyprzedzeniem; Administrator może w tym czasie zgłosić sprzeciw.',
    'Dalszy podmiot przetwarzający jest zobowiązany umową do tych samych obowiązków ochrony danych, jakie wynikają z niniejszej umowy. Za jego działania Podmiot przetwarzający odpowiada wobec Administratora jak za własne (art. 28 ust. 4 RODO).',
  ],
};

const FINAL_PROVISIONS: Clause = {
  title: 'Postanowienia końcowe',
  points: [
    'Zmiany umowy wymagają formy pisemnej pod rygorem nieważności.',
    'W sprawach nieuregulowanych stosuje się RODO, ustawę z dnia 10 maja 2018 r. o ochronie danych osobowych oraz Kodeks cywilny.',
    'Umowę sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.',
  ],
};

/** Points both agreements word the same. */
const OPERATIONS =
  'Przetwarzanie odbywa się w systemie informatycznym platformy i obejmuje zbieranie, utrwalanie, przechowywanie, porządkowanie, przeglądanie, wykorzystywanie, udostępnianie Administratorowi oraz usuwanie danych.';
const NO_SPECIAL_CATEGORIES =
  'Powierzenie nie obejmuje szczególnych kategorii danych (art. 9 RODO) ani danych dotyczących wyroków skazujących (art. 10 RODO).';
const INSPECTION =
  'Administrator może przeprowadzić kontrolę przetwarzania po uprzedzeniu Podmiotu przetwarzającego co najmniej 7 dni wcześniej, w dni robocze, w godzinach pracy Podmiotu przetwarzającego.';
const DUTIES_AFTER_END =
  'Obowiązki dotyczące usunięcia danych (§ 8) i zachowania poufności trwają także po zakończeniu umowy.';

/** The clauses in order; § 6 (sub-processors) and § 8 (deletion) are cited by number in both. */
export function agreementClauses(f: AgreementFacts): Clause[] {
  return f.kind === 'school' ? schoolClauses(f) : groupClauses(f);
}

function groupClauses(f: GroupAgreementFacts): Clause[] {
  return [
    {
      title: 'Przedmiot umowy',
      points: [
        'Administrator powierza Podmiotowi przetwarzającemu, w trybie art. 28 RODO, przetwarzanie danych osobowych uczestników szkolenia wskazanych przez Administratora, na zasadach i w celu określonych w niniejszej umowie.',
        `Powierzenie następuje w związku z zamówieniem nr ${f.orderNumber} dostępu do kursu „${f.courseTitle}” dla ${f.seats} kont użytkowników (dalej: „Usługa”).`,
        'Podmiot przetwarzający przetwarza powierzone dane wyłącznie na udokumentowane polecenie Administratora. Za takie polecenie Strony uznają niniejszą umowę oraz listę uczestników przesłaną przez Administratora za pośrednictwem platformy.',
      ],
    },
    {
      title: 'Charakter i cel przetwarzania',
      points: [
        'Celem przetwarzania jest świadczenie Usługi: utworzenie kont użytkowników na podstawie listy uczestników, udostępnienie kursu e-learningowego i testu końcowego, wystawienie zaświadczeń o ukończeniu kursu oraz przygotowanie dla Administratora raportu końcowego z wynikami testu.',
        OPERATIONS,
      ],
    },
    {
      title: 'Kategorie osób i rodzaj danych',
      points: [
        `Przetwarzanie dotyczy osób wskazanych przez Administratora jako uczestnicy szkolenia (pracowników i współpracowników Administratora), nie więcej niż ${f.seats} osób.`,
        'Powierzone dane obejmują: imię, nazwisko, adres e-mail, login, wyniki testów oraz informacje o postępach w kursie niezbędne do jego przeprowadzenia.',
        NO_SPECIAL_CATEGORIES,
      ],
    },
    {
      title: 'Czas trwania',
      points: [
        `Umowa zostaje zawarta na okres od ${BLANK} do ${BLANK}, nie krótszy jednak niż czas świadczenia Usługi, tj. dwa miesiące dostępu do kursu liczone od utworzenia kont oraz czas potrzebny do przekazania raportu końcowego.`,
        DUTIES_AFTER_END,
      ],
    },
    PROCESSOR_DUTIES,
    SUBPROCESSORS,
    {
      title: 'Miejsce przetwarzania',
      points: [
        'Dane są przetwarzane wyłącznie na terytorium Europejskiego Obszaru Gospodarczego. Przekazanie danych poza EOG wymaga uprzedniej zgody Administratora wyrażonej na piśmie i zastosowania zabezpieczeń przewidzianych w rozdziale V RODO.',
      ],
    },
    {
      title: 'Usunięcie danych po zakończeniu Usługi',
      points: [
        'W terminie 30 dni od zakończenia świadczenia Usługi i przekazania raportu końcowego Podmiot przetwarzający usuwa powierzone dane wraz z ich istniejącymi kopiami, chyba że prawo Unii lub prawo polskie nakazuje ich dalsze przechowywanie. Dane w kopiach zapasowych są usuwane w najbliższym cyklu ich rotacji.',
        'Na żądanie Administratora, zgłoszone przed upływem tego terminu, Podmiot przetwarzający zwraca dane w formacie elektronicznym, a następnie je usuwa i potwierdza usunięcie.',
      ],
    },
    {
      title: 'Obowiązki Administratora i kontrola',
      points: [
        'Administrator oświadcza, że przetwarza dane uczestników na podstawie przepisów prawa, jest uprawniony do ich powierzenia oraz poinformował uczestników o powierzeniu ich danych Podmiotowi przetwarzającemu.',
        'Za przekazanie uczestnikom danych dostępowych do kont odpowiada Administrator.',
        INSPECTION,
      ],
    },
    FINAL_PROVISIONS,
  ];
}

/** A school's planner (issue 23): pupils' matura declarations and the exam teams, kept in Poland (A18). */
function schoolClauses(f: SchoolAgreementFacts): Clause[] {
  const schoolYear = `${f.examYear - 1}/${f.examYear}`;
  return [
    {
      title: 'Przedmiot umowy',
      points: [
        'Administrator powierza Podmiotowi przetwarzającemu, w trybie art. 28 RODO, przetwarzanie danych osobowych uczniów Administratora przystępujących do egzaminu maturalnego oraz nauczycieli wskazanych przez Administratora, na zasadach i w celu określonych w niniejszej umowie.',
        `Powierzenie następuje w związku z zamówieniem nr ${f.orderNumber} licencji na korzystanie z planera maturalnego w roku szkolnym ${schoolYear} (egzamin maturalny w roku ${f.examYear}) przez szkołę o kodzie OKE ${f.okeCode} (dalej: „Usługa”).`,
        'Podmiot przetwarzający przetwarza powierzone dane wyłącznie na udokumentowane polecenie Administratora. Za takie polecenie Strony uznają niniejszą umowę oraz dane wprowadzone lub zaimportowane do planera przez pracowników Administratora.',
      ],
    },
    {
      title: 'Charakter i cel przetwarzania',
      points: [
        'Celem przetwarzania jest świadczenie Usługi: planowanie egzaminu maturalnego w szkole Administratora — ewidencja deklaracji maturalnych uczniów, zestawienia liczby zdających według przedmiotów i poziomów, przydział uczniów do sal egzaminacyjnych, składy zespołów nadzorujących oraz wydruki i eksporty tych danych dla Administratora.',
        OPERATIONS,
      ],
    },
    {
      title: 'Kategorie osób i rodzaj danych',
      points: [
        'Przetwarzanie dotyczy uczniów Administratora przystępujących do egzaminu maturalnego w roku objętym Usługą oraz nauczycieli i innych członków zespołów nadzorujących wskazanych przez Administratora, w tym osób zatrudnionych w innych szkołach.',
        'Powierzone dane obejmują: imię i nazwisko ucznia, oddział (klasę), formułę egzaminu, informację o zwolnieniu związanym z dyplomem zawodowym, treść deklaracji maturalnej (przedmioty, poziomy i wybrane środowisko informatyczne) oraz przydział do sali; w przypadku nauczycieli — imię i nazwisko, nauczane przedmioty oraz funkcję w zespole nadzorującym.',
        NO_SPECIAL_CATEGORIES,
      ],
    },
    {
      title: 'Czas trwania',
      points: [
        `Umowa zostaje zawarta na czas świadczenia Usługi: od pierwszego wprowadzenia danych uczniów do planera do ich usunięcia, nie później niż 30 dni po wygaśnięciu licencji na rok szkolny ${schoolYear} (30 czerwca ${f.examYear}), a gdy licencja zostanie przedłużona na kolejny rok szkolny — nie później niż 30 dni po wygaśnięciu ostatniej licencji.`,
        DUTIES_AFTER_END,
      ],
    },
    PROCESSOR_DUTIES,
    SUBPROCESSORS,
    {
      title: 'Miejsce przetwarzania',
      points: [
        'Dane są przetwarzane wyłącznie na serwerach położonych na terytorium Rzeczypospolitej Polskiej; dotyczy to także bazy danych, kopii zapasowych i przechowywanych plików. Przetwarzanie danych poza terytorium Polski wymaga uprzedniej zgody Administratora wyrażonej na piśmie, a poza Europejskim Obszarem Gospodarczym — także zastosowania zabezpieczeń przewidzianych w rozdziale V RODO.',
      ],
    },
    {
      title: 'Usunięcie danych po zakończeniu Usługi',
      points: [
        'W terminie 30 dni od wygaśnięcia licencji, która nie została przedłużona, Podmiot przetwarzający usuwa dane uczniów, ich deklaracje, przydziały do sal i składy zespołów nadzorujących wraz z ich istniejącymi kopiami, chyba że prawo Unii lub prawo polskie nakazuje ich dalsze przechowywanie. Dane w kopiach zapasowych są usuwane w najbliższym cyklu ich rotacji.',
        'Do czasu usunięcia Administrator może przeglądać i eksportować dane w planerze; może je także w każdej chwili usunąć sam. Na żądanie Administratora Podmiot przetwarzający potwierdza usunięcie danych.',
      ],
    },
    {
      title: 'Obowiązki Administratora i kontrola',
      points: [
        'Administrator oświadcza, że przetwarza dane uczniów i nauczycieli na podstawie przepisów prawa, w szczególności przepisów o systemie oświaty i o egzaminie maturalnym, jest uprawniony do ich powierzenia oraz poinformował osoby, których dane dotyczą, o powierzeniu ich danych Podmiotowi przetwarzającemu.',
        'Administrator odpowiada za nadawanie i odbieranie dostępu do planera swoim pracownikom oraz za sprawdzenie danych przekazywanych okręgowej komisji egzaminacyjnej z deklaracjami złożonymi przez uczniów; dane w planerze nie zastępują tych deklaracji.',
        INSPECTION,
      ],
    },
    FINAL_PROVISIONS,
  ];
}

/** The wording around the clauses in the agreement's PDF: parties, signatures, footer (legal text too). */
export const AGREEMENT_WORDING = {
  title: 'Umowa powierzenia przetwarzania danych osobowych',
  headingTop: 'UMOWA POWIERZENIA',
  headingBottom: 'PRZETWARZANIA DANYCH OSOBOWYCH',
  concluded: (blank: string) => `zawarta w dniu ${blank} w ${blank} pomiędzy:`,
  and: 'a',
  nip: (nip: string) => `NIP: ${nip}`,
  representedBy: (who: string) => `reprezentowaną przez: ${who}`,
  calledHereafter: (role: string) => `zwaną dalej „${role}”,`,
  controllerAs: 'Administratorem',
  processorAs: 'Podmiotem przetwarzającym',
  parties:
    'zwanymi dalej łącznie „Stronami”. Strony, na podstawie art. 28 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (dalej: „RODO”), zawierają umowę o następującej treści:',
  controller: 'Administrator',
  processor: 'Podmiot przetwarzający',
  signature: 'data i podpis osoby upoważnionej',
  footer: (orderNumber: string, generatedOn: string, page: number, total: number) =>
    `Umowa powierzenia — zamówienie ${orderNumber}, projekt z ${generatedOn} · strona ${page} z ${total}`,
} as const;

/**
 * The agreement's content as one plain text — parties, their data and every clause, without the
 * draft's print date — so its SHA-256 names exactly what a representative accepted electronically.
 */
export function agreementPlainText(f: AgreementFacts): string {
  const W = AGREEMENT_WORDING;
  const party = (p: AgreementCompany | Seller, role: string) =>
    [p.name, [...p.addressLines, W.nip(p.nip)].join(', '), W.calledHereafter(role)].join('\n');
  const point = (p: Point, n: number) =>
    typeof p === 'string'
      ? `${n}. ${p}`
      : [`${n}. ${p.lead}`, ...p.items.map((item, i) => `${String.fromCharCode(97 + i)}) ${item}`)].join('\n');
  const clauses = agreementClauses(f).map((c, i) =>
    [`§ ${i + 1}. ${c.title}`, ...c.points.map((p, j) => point(p, j + 1))].join('\n'),
  );
  return [
    `${W.headingTop} ${W.headingBottom}`,
    party(f.company, W.controllerAs),
    W.and,
    party(f.seller, W.processorAs),
    W.parties,
    ...clauses,
  ].join('\n\n');
}

/** The record appended to an electronically accepted agreement (legal wording, kept with the text). */
export const ACCEPTANCE_WORDING = {
  heading: 'Potwierdzenie zawarcia umowy w formie elektronicznej',
  intro:
    'Umowa została zawarta w formie elektronicznej (art. 28 ust. 9 RODO): przedstawiciel Administratora zapoznał się z powyższą treścią umowy w serwisie i złożył oświadczenie o jej akceptacji, potwierdzając swoje umocowanie do reprezentowania Administratora.',
  acceptedBy: 'Zaakceptował(a) w imieniu Administratora',
  role: 'Funkcja / podstawa umocowania',
  account: 'Konto w serwisie (identyfikator)',
  at: 'Data i godzina akceptacji',
  ip: 'Adres IP',
  hash: 'Skrót SHA-256 treści umowy',
  countersignedBy: 'Zawarcie umowy potwierdził w imieniu Podmiotu przetwarzającego',
  countersignedAt: 'Data potwierdzenia',
  notCountersigned: 'oczekuje na potwierdzenie przez Podmiot przetwarzający',
  hashNote:
    'Skrót SHA-256 obliczono z treści umowy (strony, ich dane i wszystkie postanowienia) w postaci tekstowej; ta sama treść daje zawsze ten sam skrót, każda zmiana treści — inny.',
  footer: (orderNumber: string, page: number, total: number) =>
    `Umowa powierzenia — zamówienie ${orderNumber}, zaakceptowana elektronicznie · strona ${page} z ${total}`,
} as const;
