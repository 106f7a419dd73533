// Texts of the group purchase (company admin's group page, staff queues). Part of the Polish catalogue.
import { formatCount, pluralPl } from '@/lib/format/plural';
import { groupsDashboard } from './groups-dashboard';

const accounts = (n: number) => `${formatCount(n)} ${pluralPl(n, 'konto', 'konta', 'kont')}`;

const ACCEPTED = 'Prześlij arkusz Excel (.xlsx) albo plik CSV — najlepiej wypełniony szablon listy uczestników.';

export const groups = {
  /** The dashboard on top of the group page and in the final report (./groups-dashboard.ts). */
  dashboard: groupsDashboard,
  /** Column names of the participant list, as the template prints them and messages cite them. */
  columns: {
    firstName: 'Imię',
    lastName: 'Nazwisko',
    email: 'E-mail',
    login: 'Login',
    password: 'Hasło',
    birthDate: 'Data urodzenia (zaświadczenie BHP)',
    birthPlace: 'Miejsce urodzenia (zaświadczenie BHP)',
  },
  birthDateFormat: (value: string) => `„${value}” nie jest datą urodzenia — wpisz ją jako DD.MM.RRRR, np. 14.03.1988.`,
  notifyEmailLabel: 'E-mail do powiadomienia o kontach',
  rows: {
    nameMissing: (field: 'firstName' | 'lastName') =>
      `Brak ${field === 'firstName' ? 'imienia' : 'nazwiska'} — to pole jest wymagane.`,
    nameTooLong: (column: string, max: number) => `${column} może mieć najwyżej ${max} znaków.`,
    nameDigits: (column: string) => `${column} nie może zawierać cyfr.`,
    nameChars: (column: string) => `${column} może zawierać tylko litery, spacje, myślniki i apostrofy.`,
    emailFormat: (email: string) => `„${email}” nie jest poprawnym adresem e-mail.`,
    passwordFormula:
      'Hasło nie może zaczynać się znakiem =, +, - ani @ (arkusz kalkulacyjny potraktuje je jak formułę).',
    passwordIsIdentity: 'Hasło nie może być takie samo jak login ani adres e-mail.',
    loginLength: (min: number, max: number) => `Login musi mieć od ${min} do ${max} znaków.`,
    loginChars: 'Login może zawierać tylko litery a–z (bez polskich znaków), cyfry, kropkę, podkreślenie i myślnik.',
    loginStart: 'Login musi zaczynać się literą lub cyfrą.',
    loginRepeated: (login: string, rows: string) => `Login „${login}” powtarza się w wierszach ${rows}.`,
    emailRepeated: (email: string, rows: string) => `Adres e-mail „${email}” powtarza się w wierszach ${rows}.`,
    rowList: (numbers: string[]) => `${numbers.slice(0, -1).join(', ')} i ${numbers[numbers.length - 1]}`,
    emptyList:
      'Lista nie zawiera żadnego uczestnika. Wpisz imię i nazwisko każdej osoby w osobnym wierszu pod nagłówkiem.',
    notifyMissing: (label: string) =>
      `Uzupełnij pole „${label}” — na ten adres wyślemy informację o utworzonych kontach.`,
    notifyInvalid: (email: string, label: string) =>
      `Adres „${email}” w polu „${label}” nie jest poprawnym adresem e-mail.`,
    emailTaken: (email: string) => `Konto z adresem „${email}” już istnieje na platformie.`,
    loginTaken: (login: string) =>
      `Login „${login}” jest już zajęty na platformie — wpisz inny albo zostaw pole puste, a login wygenerujemy.`,
    rowError: (row: number, column: string, message: string) => `Wiersz ${row}, kolumna „${column}”: ${message}`,
    seats: (needed: number, left: number) =>
      `Lista wymaga ${formatCount(needed)} ${needed === 1 ? 'konta' : 'kont'}, a ${pluralPl(
        left,
        `zostało ${left} wolne miejsce`,
        `zostały ${formatCount(left)} wolne miejsca`,
        `zostało ${formatCount(left)} wolnych miejsc`,
      )}. Usuń nadmiarowe osoby z listy albo dokup pakiet.`,
  },
  template: {
    sheet: 'Uczestnicy',
    instructions: (firstDataRow: number, loginMin: number, loginMax: number, maxRows: number) => [
      'INSTRUKCJA. W komórce obok etykiety w pierwszym wierszu wpisz adres e-mail, na który wyślemy informację o utworzonych kontach.',
      `Wpisz każdego uczestnika w osobnym wierszu, zaczynając od wiersza ${firstDataRow}. Nie zmieniaj nazw kolumn.`,
      'Wymagane są Imię i Nazwisko. E-mail, Login i Hasło są opcjonalne — puste login i hasło wygenerujemy (np. login jan.kowalski).',
      `Login: ${loginMin}–${loginMax} znaki — litery a–z bez polskich znaków, cyfry, kropka, podkreślenie, myślnik; zaczyna się literą lub cyfrą; musi być unikalny.`,
      'Hasło: 10–128 znaków, co najmniej jedna litera i jedna cyfra; inne niż login i e-mail; nie może zaczynać się znakiem =, +, - ani @.',
      `Liczba osób nie może przekroczyć liczby wolnych miejsc w pakiecie; jedna lista to najwyżej ${maxRows} osób.`,
      'Zapisz plik jako .xlsx albo CSV (UTF-8 lub Windows-1250, separator średnik lub przecinek) i prześlij go na platformie.',
    ],
    notifyNote: 'Tu wpisz adres e-mail, na który wyślemy informację o utworzonych kontach.',
  },
  stepHints: {
    agreementToSend: 'Zaakceptuj umowę w serwisie albo prześlij podpisany skan.',
    agreementCountersign: 'Zaakceptowana przez firmę — czeka na kontrasygnatę Planety. Listę możesz już przesłać.',
    agreementInReview: 'Czeka na sprawdzenie przez zespół Planety. Listę możesz już przesłać.',
    agreementAccepted: 'Zaakceptowana.',
    agreementRejected: 'Odrzucona — popraw i prześlij ponownie.',
    listAfterAgreement: 'Po przesłaniu umowy.',
    listSent: 'Przesłana — potwierdzisz ją po akceptacji umowy.',
    listToConfirm: 'Sprawdź podgląd listy i potwierdź.',
    listMore: (seatsLeft: number) => `Możesz dodać kolejną listę (wolne: ${seatsLeft}).`,
    seatsUsed: 'Wszystkie konta wykorzystane.',
    listHasErrors: 'Lista ma błędy i nie da się jej potwierdzić — otwórz podgląd i popraw czerwone wiersze.',
    listOverSeats: (over: number, left: number) =>
      `Lista ma o ${over} ${over === 1 ? 'wiersz' : 'wierszy'} więcej, niż zostało wolnych miejsc (${left}) — usuń nadmiarowe wiersze w podglądzie.`,
    listEmpty: 'Przesłana lista nie ma uczestników — prześlij ją ponownie.',
    listToSend: 'Pobierz szablon, wypełnij i prześlij.',
    accountsReady: 'Pobierz dane logowania.',
    accountsAfterAgreement: 'Po akceptacji umowy.',
    accountsToCreate: 'Potwierdź listę, aby utworzyć konta.',
    accountsAfterList: 'Po potwierdzeniu listy.',
    learningLater: '2 miesiące od utworzenia kont.',
    learningDone: 'Okres nauki zakończony.',
    learningNow: 'Uczestnicy się uczą — śledź postępy.',
    reportLater: '2 miesiące po utworzeniu kont.',
    reportReadyMore: 'Pobierz raport; kolejny czeka na sprawdzenie.',
    reportReady: 'Pobierz raport.',
    reportInReview: 'Raport czeka na sprawdzenie.',
    paid: 'Opłacone.',
  },
  exports: {
    number: 'Lp.',
    course: (title: string) => `Kurs: ${title}`,
    company: (name: string) => `Firma: ${name}`,
    credentialsTitle: 'Dane logowania uczestników',
    credentialsSheet: 'Dane logowania',
    confidential:
      'Poufne: dokument zawiera hasła. Przekaż każdemu uczestnikowi tylko jego dane, a plik po wykorzystaniu usuń.',
    generated: (at: string) => `Wygenerowano: ${at}`,
    loginUrl: (url: string) => `Adres logowania: ${url}`,
    reportTitle: 'Raport końcowy szkolenia',
    reportSheet: 'Raport końcowy',
    asOf: (date: string) => `Stan na: ${date}`,
    participants: (n: number, passed: number) => `Uczestnicy: ${n}, zaliczyli: ${passed}`,
    noAttempt: 'brak podejścia',
    yes: 'tak',
    no: 'nie',
    score: 'Wynik testu',
    passed: 'Zaliczony',
    testDate: 'Data testu',
    certificateNumber: 'Nr zaświadczenia',
  },
  passwordSameAsLogin: 'Hasło nie może być takie samo jak login.',
  rejectReasonMax: 'Powód może mieć najwyżej 500 znaków.',
  commentMax: 'Komentarz może mieć najwyżej 2000 znaków.',
  file: {
    empty: (file: string) => `Plik „${file}” jest pusty.`,
    tooLarge: (file: string, size: string) => `Plik „${file}” ma ${size}, a lista uczestników może mieć najwyżej 5 MB.`,
    legacyXls: (file: string) =>
      `Plik „${file}” jest w starym formacie Excel 97–2003 (.xls). Zapisz go w Excelu jako „Skoroszyt programu Excel (.xlsx)” albo CSV i prześlij ponownie.`,
    tooManyRows: (n: number, max: number) =>
      `Plik zawiera ${formatCount(n)} ${pluralPl(n, 'wiersz', 'wiersze', 'wierszy')} z uczestnikami, a jedna lista może mieć najwyżej ${formatCount(max)} wierszy. Podziel listę na mniejsze pliki.`,
    unsupported: (file: string, what: string) => `Plik „${file}” to ${what}, a nie lista uczestników. ${ACCEPTED}`,
    kindBinary: (name: string) => `plik ${name}`,
    kindArchive: 'archiwum ZIP lub dokument innego rodzaju',
    kindBinaryMime: (mimeType: string) => `plik binarny (${mimeType})`,
    kindBinaryPlain: 'plik binarny',
    corrupt: (file: string) =>
      `Nie udało się odczytać pliku „${file}”: plik Excel jest uszkodzony lub niekompletny. Otwórz go w Excelu, zapisz ponownie jako .xlsx i prześlij jeszcze raz.`,
    inflatedTooLarge: (file: string) => `Plik „${file}” jest zbyt duży jak na listę uczestników. ${ACCEPTED}`,
    noData: (file: string) => `Plik „${file}” nie zawiera żadnych danych.`,
    combinedName:
      'Imię i nazwisko muszą być w dwóch osobnych kolumnach: „Imię” i „Nazwisko”. Użyj szablonu listy uczestników.',
    noHeader:
      'Nie znaleziono wiersza nagłówka z kolumnami „Imię” i „Nazwisko”. Użyj szablonu albo dodaj nad listą wiersz z nazwami kolumn: Imię, Nazwisko, E-mail, Login, Hasło.',
  },
  myGroups: 'Moje grupy',
  courseNoticeHeading: 'Twój pakiet grupowy tego kursu',
  courseNoticeText:
    'Na stronie grupy znajdziesz instrukcję i kolejne kroki: umowę powierzenia, listę uczestników, konta, postępy i raport końcowy.',
  courseNoticeLink: (seats: number, left: number) =>
    `Przejdź do grupy (${accounts(seats)}, wolne: ${formatCount(left)})`,
  howItWorksHeading: 'Instrukcja — jak przeprowadzić szkolenie grupy',
  howItWorksIntro:
    'Szkolenie dla grupy przechodzi przez 6 kroków. Stan każdego kroku i to, co masz zrobić teraz, widzisz na pasku powyżej.',
  howItWorks: [
    'Zakup — gotowe. Kupione konta wykorzystasz w tym lub kolejnych terminach, np. dla nowych pracowników.',
    'Umowa powierzenia przetwarzania danych osobowych — zaakceptuj ją w serwisie bez papieru (przeczytasz umowę wypełnioną danymi z faktury i potwierdzisz swoje umocowanie) albo pobierz projekt, podpisz i prześlij skan (PDF, JPG lub PNG) lub wyślij oryginał pocztą. Zespół Planety kontrasygnuje lub sprawdzi umowę i poinformuje Cię e-mailem.',
    'Lista uczestników — pobierz szablon (Excel lub CSV), wpisz imię i nazwisko każdej osoby (e-mail, login i hasło są opcjonalne) oraz adres e-mail, który dostanie informację o kontach. Listę możesz przesłać (albo wkleić z Excela) od razu po przesłaniu umowy; w podglądzie błędne wiersze poprawisz na miejscu, a przed utworzeniem kont zobaczysz podsumowanie miejsc.',
    'Konta — po akceptacji umowy potwierdzasz listę i konta powstają od razu (brakujące loginy i hasła wygenerujemy). Dane logowania pobierzesz tutaj jako Excel lub PDF do druku; e-mail z szablonu dostanie powiadomienie bez haseł. Przekazanie danych uczestnikom należy do Ciebie.',
    'Nauka — uczestnik loguje się, może zmienić hasło i od razu zaczyna kurs; po zdaniu testu końcowego pobiera zaświadczenie. Dostęp trwa 2 miesiące od utworzenia konta, a postępy każdej osoby widzisz w kroku 5.',
    'Raport końcowy — 2 miesiące po utworzeniu kont przygotujemy raport z listą uczestników i wynikami testu. Po sprawdzeniu przez zespół Planety dostaniesz e-mail i pobierzesz raport (Excel i PDF) w kroku 6.',
  ] as const,
  myGroupsIntro: 'Pakiety grupowe kupione przez Twoją firmę. Kliknij grupę, aby przejść przez kolejne kroki.',
  noGroups: 'Nie masz jeszcze żadnego pakietu grupowego.',
  openGroup: 'Otwórz grupę',
  seatsBought: 'Kupione konta',
  seatsUsed: 'Wykorzystane',
  seatsLeft: 'Wolne',
  groupInactive: 'Ten pakiet jest nieaktywny (zamówienie zostało zwrócone).',
  goToGroup: 'Przejdź do moich grup',
  groupsNotice: (n: number) =>
    `Masz ${n} ${pluralPl(n, 'pakiet grupowy', 'pakiety grupowe', 'pakietów grupowych')}. Umowę, listę uczestników, konta i raport końcowy obsłużysz na stronie grupy.`,

  steps: {
    purchase: 'Zakup',
    agreement: 'Umowa powierzenia',
    list: 'Lista uczestników',
    accounts: 'Konta',
    learning: 'Nauka',
    report: 'Raport końcowy',
  },
  state: { done: 'Zakończony', current: 'Do zrobienia', waiting: 'Oczekuje', later: 'Później' },

  // agreement
  agreementIntro:
    'Pobierz projekt umowy powierzenia przetwarzania danych osobowych (wypełniony danymi z faktury), uzupełnij daty, podpisz i prześlij skan.',
  downloadDraft: 'Pobierz projekt umowy (PDF)',
  scanLabel: 'Skan podpisanej umowy (PDF, JPG lub PNG, do 10 MB)',
  uploadScan: 'Prześlij skan umowy',
  scanMissing: 'Wybierz plik ze skanem podpisanej umowy.',
  scanTooLarge: 'Skan może mieć najwyżej 10 MB. Zeskanuj umowę w niższej rozdzielczości albo zapisz jako PDF.',
  scanWrongType: (name: string) =>
    `Plik „${name}” nie jest plikiem PDF, JPG ani PNG. Prześlij skan umowy w jednym z tych formatów.`,
  agreementAlreadyAccepted: 'Umowa została już zaakceptowana.',
  agreementAwaitingReview: 'Przesłana umowa czeka na sprawdzenie. Nową możesz przesłać, jeśli zostanie odrzucona.',
  agreementAlreadyDecided: 'Ta umowa została już rozpatrzona.',
  agreementSubmitted:
    'Umowa przesłana — czeka na sprawdzenie przez zespół Planety. Listę uczestników możesz już przesłać.',
  agreementAccepted: 'Umowa zaakceptowana.',
  agreementRejected: (reason: string) =>
    `Umowa odrzucona: ${reason}${/[.!?…]$/.test(reason) ? '' : '.'} Popraw ją i prześlij ponownie.`,
  agreementNone: 'Nie przesłano jeszcze umowy.',
  openScan: 'Otwórz skan',
  agreementStatus: { SUBMITTED: 'Czeka na sprawdzenie', ACCEPTED: 'Zaakceptowana', REJECTED: 'Odrzucona' } as const,

  // list
  listIntro:
    'Pobierz szablon, wpisz uczestników (imię i nazwisko wymagane; e-mail, login i hasło opcjonalne) oraz adres e-mail do powiadomienia o kontach, a potem prześlij plik.',
  templateXlsx: 'Szablon listy (Excel .xlsx)',
  templateCsv: 'Szablon listy (CSV)',
  listLabel: 'Plik z listą uczestników (.xlsx lub .csv)',
  uploadList: 'Prześlij listę',
  listTooLarge:
    'Lista uczestników może mieć najwyżej 5 MB. Usuń z pliku zbędne arkusze lub obrazy albo zapisz ją jako CSV.',
  listMissing: 'Wybierz plik z listą uczestników.',
  listNeedsAgreement:
    'Listę uczestników można przesłać po zaakceptowaniu umowy powierzenia w serwisie albo przesłaniu jej podpisanego skanu (krok 2).',
  listWaitsForAgreement:
    'Najpierw zawrzyj umowę powierzenia (krok 2): zaakceptuj ją w serwisie albo prześlij podpisany skan.',
  noSeatsLeft: 'Wszystkie konta z pakietu zostały już wykorzystane.',
  uploadsHeading: 'Przesłane listy',
  previewTitle: 'Podgląd listy uczestników',
  previewIntro: 'Sprawdź listę. Konta powstaną dopiero po potwierdzeniu — wszystkie naraz albo żadne.',
  rowsSummary: (rows: number, valid: number) =>
    `Wiersze z uczestnikami: ${formatCount(rows)}, poprawne: ${formatCount(valid)}.`,
  noticeTo: (email: string) => `Powiadomienie o kontach otrzyma: ${email}`,
  rowOk: 'OK',
  rowError: 'Błąd',
  loginWillBeGenerated: 'wygenerujemy',
  passwordWillBeGenerated: 'wygenerujemy',
  passwordGiven: 'podane',
  confirmProvision: (n: number) => `Potwierdź i utwórz ${accounts(n)}`,
  discard: 'Odrzuć tę listę',
  discarded: 'Lista odrzucona. Możesz przesłać poprawiony plik.',
  fixAndUpload:
    'Tej listy nie można jeszcze potwierdzić. Popraw czerwone wiersze tutaj („Popraw ten wiersz”), pobierz plik z zaznaczonymi błędami albo prześlij poprawiony plik poniżej.',
  waitForAcceptance:
    'Konta utworzymy po zaakceptowaniu umowy przez zespół Planety. Wróć tu, gdy dostaniesz e-mail o akceptacji.',
  alreadyProvisioned: 'Konta z tej listy zostały już utworzone.',
  uploadDiscarded: 'Ta lista została odrzucona. Prześlij plik ponownie.',
  accountsNeedAcceptedAgreement:
    'Konta można utworzyć dopiero po zaakceptowaniu umowy powierzenia przez zespół Planety.',
  listHasErrors: (lines: string[]) => `Lista zawiera błędy — popraw plik i prześlij go ponownie. ${lines.join(' ')}`,
  notEnoughSeats: (needed: number, left: number) =>
    `Za mało wolnych miejsc: lista wymaga ${accounts(needed)}, a w pakiecie ${pluralPl(left, `zostało ${left} wolne miejsce`, `zostały ${formatCount(left)} wolne miejsca`, `zostało ${formatCount(left)} wolnych miejsc`)}. Nic nie zostało utworzone.`,
  loginRace: 'W międzyczasie ktoś zajął jeden z loginów z listy. Nic nie zostało utworzone — potwierdź listę ponownie.',
  previewWithErrors: 'Podgląd — z błędami, nie do potwierdzenia',
  statusOf: {
    PREVIEW: 'Podgląd — czeka na potwierdzenie',
    PROVISIONED: 'Konta utworzone',
    DISCARDED: 'Odrzucona',
  } as const,

  // accounts
  accountsCreated: (n: number) => `Utworzono ${accounts(n)}. Pobierz dane logowania i przekaż je uczestnikom.`,
  credentialsXlsx: 'Dane logowania (Excel)',
  credentialsPdf: 'Dane logowania (PDF do druku)',
  credentialsNote:
    'Pliki zawierają hasła — dostępne tylko dla administratorów tej grupy. Hasła nie są wysyłane e-mailem.',
  passwordChosenByParticipant: '(ustawione przez uczestnika)',
  participantHasNoEmail: 'Ten uczestnik nie ma adresu e-mail na liście.',
  participantChosePassword: 'Uczestnik ustawił już własne hasło.',
  sendCredentials: 'Wyślij dane uczestnikowi',
  credentialsSent: 'Dane logowania wysłane na adres uczestnika.',

  // learning
  learningIntro: 'Każdy uczestnik ma dostęp przez 2 miesiące od utworzenia konta.',
  participantsHeading: 'Uczestnicy',
  colName: 'Uczestnik',
  colLogin: 'Login',
  colLoggedIn: 'Logowanie',
  colProgress: 'Postęp',
  colTest: 'Test końcowy',
  colCertificate: 'Zaświadczenie',
  colAccess: 'Dostęp do',
  neverLoggedIn: 'jeszcze nie',
  notTaken: 'brak podejścia',
  passedScore: (s: string) => `zaliczony (${s})`,
  failedScore: (s: string) => `niezaliczony (${s})`,
  noParticipants: 'Nie ma jeszcze uczestników.',

  // report
  reportIntro:
    'Raport końcowy powstaje 2 miesiące po utworzeniu kont z danej listy. Po sprawdzeniu przez zespół Planety pobierzesz go tutaj.',
  reportDue: (date: string) => `Raport zostanie przygotowany ${date}.`,
  reportInReview: 'Raport czeka na sprawdzenie przez zespół Planety.',
  reportXlsx: 'Raport (Excel)',
  reportPdf: 'Raport (PDF)',
  reportAlreadyApproved: 'Ten raport został już zatwierdzony.',
  reportApproved: 'Raport zatwierdzony. Administrator firmy dostał e-mail.',
  commentSaved: 'Komentarz zapisany.',

  // staff
  agreementsQueue: 'Umowy do sprawdzenia',
  agreementsQueueEmpty: 'Brak umów czekających na sprawdzenie.',
  accept: 'Akceptuj',
  reject: 'Odrzuć',
  rejectReason: 'Powód odrzucenia',
  rejectReasonRequired: 'Podaj powód odrzucenia — zobaczy go administrator firmy.',
  accepted: 'Umowa zaakceptowana. Administrator firmy dostał e-mail.',
  rejected: 'Umowa odrzucona. Administrator firmy dostał e-mail z powodem.',
  reportsQueue: 'Raporty końcowe',
  reportsQueueEmpty: 'Brak raportów.',
  reportStatus: { IN_REVIEW: 'Do sprawdzenia', APPROVED: 'Zatwierdzony' } as const,
  staffComment: 'Komentarz zespołu',
  reportComment: 'Komentarz zespołu Planety',
  saveComment: 'Zapisz komentarz',
  approve: 'Zatwierdź raport',

  // first login
  firstLoginTitle: 'Witaj na platformie Planeta',
  firstLoginIntro: 'Hasło do tego konta nadała Twoja firma. Możesz je zachować albo ustawić własne.',
  keepPassword: 'Zachowaj obecne hasło',
  setOwnPassword: 'Ustaw własne hasło',
  ownPasswordSaved: 'Hasło zapisane.',

  // the group page (/grupy/[id])
  groupSubtitle: (company: string, order: string) => `${company} · zamówienie ${order}`,
  orderWord: 'Zamówienie',
  purchasePaid: (paidAt: string | null, seats: number, course: string) =>
    `opłacone${paidAt ? ` ${paidAt}` : ''}: ${seats} kont w kursie „${course}”.`,
  accountsAfterConfirm: 'Konta powstaną po potwierdzeniu listy uczestników.',
  colFile: 'Plik',
  colUploaded: 'Przesłano',
  colRows: 'Wiersze',
  colState: 'Stan',
  colActions: 'Akcje',
  reportOf: (file: string, people: number, since: string) => `${file} — ${people} os., konta z ${since}`,
  groupPageTitle: 'Grupa',
  topUpLink: 'Dokup miejsca do tej grupy →',
  stepsNav: 'Kroki zakupu grupowego',

  // the list preview (/grupy/[id]/lista/[uploadId])
  backToGroup: '← Wróć do grupy',
  previewRows: 'Wiersze listy',
  colRow: 'Wiersz',

  // the file upload form (agreement scan, participant list)
  uploadForm: {
    chooseFile: 'Wybierz plik.',
    failed: 'Nie udało się przesłać pliku. Spróbuj ponownie.',
    offline: 'Nie udało się przesłać pliku — sprawdź połączenie i spróbuj ponownie.',
    sending: 'Przesyłanie…',
  },

  // step 2 without paper: electronic acceptance of the agreement
  esign: {
    title: 'Akceptacja umowy powierzenia w serwisie',
    intro:
      'Umowę powierzenia możesz zawrzeć bez papieru: RODO (art. 28 ust. 9) dopuszcza formę elektroniczną. Przeczytaj umowę wypełnioną danymi firmy, podaj swoje imię, nazwisko i funkcję, potwierdź umocowanie i zaakceptuj. Zespół Planety kontrasygnuje umowę, a zaakceptowany PDF z potwierdzeniem pobierzesz ze strony grupy.',
    start: 'Zaakceptuj umowę w serwisie',
    orScan: 'Wolisz papier? Pobierz projekt, podpisz i prześlij skan poniżej albo wyślij oryginał pocztą.',
    openPdf: 'Otwórz umowę (PDF)',
    textHeading: 'Treść umowy',
    // Shown only with a courtesy translation (to readers of English); kept here as the source of the types.
    courtesyNotice:
      'Tłumaczenie grzecznościowe — nie jest podpisywane i nie wiąże. Akceptujesz i podpisujesz wyłącznie polski oryginał poniżej.',
    translationHeading: 'Tłumaczenie grzecznościowe umowy',
    originalHeading: 'Polski oryginał (wiążący — ten tekst akceptujesz)',
    openCourtesyPdf: 'Otwórz tłumaczenie grzecznościowe (PDF, bez podpisu)',
    courtesyDraft: 'Pobierz tłumaczenie grzecznościowe projektu (PDF, nie wiąże)',
    hash: (h: string) => `Skrót SHA-256 tej treści: ${h}`,
    signerName: 'Imię i nazwisko osoby akceptującej',
    signerRole: 'Funkcja (np. prezes zarządu, członek zarządu, pełnomocnik)',
    authorised: (company: string) =>
      `Oświadczam, że jestem umocowany(-a) do reprezentowania ${company} i do zawarcia tej umowy w jej imieniu.`,
    read: 'Zapoznałem(-am) się z treścią umowy i akceptuję ją.',
    submit: 'Akceptuję umowę',
    nameRequired: 'Podaj imię i nazwisko osoby, która akceptuje umowę.',
    roleRequired: 'Podaj funkcję, w której reprezentujesz firmę.',
    tooLong: 'Najwyżej 120 znaków.',
    authorisedRequired: 'Umowę może zaakceptować tylko osoba umocowana do reprezentowania firmy.',
    readRequired: 'Potwierdź, że zapoznałeś(-aś) się z treścią umowy.',
    companyOnly: 'Umowę akceptuje przedstawiciel firmy; zespół Planety ją kontrasygnuje.',
    textChanged: 'Treść umowy zmieniła się od otwarcia tej strony. Przeczytaj ją ponownie i zaakceptuj.',
    notAvailable: 'Umowa jest już przesłana lub zaakceptowana — nie trzeba jej akceptować ponownie.',
    accepted: (name: string, at: string) => `Zaakceptowana elektronicznie przez ${name} (${at}).`,
    waitsForCountersign: 'Czeka na kontrasygnatę zespołu Planety. Listę uczestników możesz już przesłać.',
    countersigned: 'Kontrasygnowana przez zespół Planety.',
    downloadAccepted: 'Pobierz zaakceptowaną umowę (PDF)',
    pageTitle: 'Akceptacja umowy powierzenia',
    panelAccepted: (name: string, role: string, at: string, ip: string) =>
      `Zaakceptowana elektronicznie: ${name} (${role}), ${at}, IP ${ip}.`,
    panelOpen: 'Otwórz zaakceptowaną umowę z potwierdzeniem (PDF)',
    countersign: 'Kontrasygnuj umowę',
    methodLabel: { SCAN: 'skan', ELECTRONIC: 'akceptacja w serwisie', POST: 'oryginał pocztą' } as const,
  },
  post: {
    heading: 'Umowa otrzymana pocztą',
    intro: 'Gdy firma przysłała podpisany oryginał, zapisz dzień jego otrzymania — krok 2 grupy będzie zaliczony.',
    group: 'Grupa',
    receivedOn: 'Data otrzymania',
    note: 'Notatka (opcjonalnie)',
    submit: 'Zapisz umowę otrzymaną pocztą',
    saved: 'Zapisano umowę otrzymaną pocztą.',
    noGroup: 'Wybierz grupę.',
    noGroups: 'Wszystkie grupy mają już zaakceptowaną umowę.',
    inFuture: 'Data otrzymania nie może być z przyszłości.',
    dateRequired: 'Podaj datę otrzymania.',
    superseded: 'Zastąpiona podpisanym oryginałem otrzymanym pocztą.',
    received: (date: string) => `Oryginał umowy otrzymany pocztą ${date}.`,
  },
  // staff: every group, its state, and the final reports coming up
  staffList: {
    title: 'Grupy',
    nav: 'Grupy',
    intro: 'Wszystkie zakupy grupowe: na którym są etapie, z linkami do grupy i zamówienia.',
    filter: 'Filtruj',
    clear: 'Wyczyść',
    state: 'Etap',
    anyState: 'Wszystkie etapy',
    company: 'Firma',
    course: 'Kurs',
    anyCourse: 'Wszystkie kursy',
    states: {
      agreement: 'Czeka na umowę',
      list: 'Czeka na listę',
      learning: 'Nauka',
      report: 'Raport do przygotowania',
      done: 'Zakończona',
    } as const,
    colCompany: 'Firma',
    colCourse: 'Kurs',
    colOrder: 'Zamówienie',
    colSeats: 'Konta',
    colState: 'Etap',
    colReport: 'Raport końcowy',
    seats: (used: number, bought: number) => `${used} z ${bought}`,
    reportOn: (date: string) => `${date}`,
    none: 'Brak grup spełniających filtr.',
    table: 'Lista grup',
    inactive: 'nieaktywna',
    count: (n: number) => `Grup: ${n}`,
    byPost: 'Umowa przyszła pocztą?',
    orderGroups: 'Grupy z tego zamówienia',
    orderGroup: (company: string, course: string, seats: number) => `${company} — ${course} (${seats} kont)`,
    upcoming: 'Nadchodzące raporty końcowe',
    upcomingEmpty: 'Żaden raport końcowy nie jest zaplanowany.',
    upcomingTable: 'Nadchodzące raporty końcowe',
    colDue: 'Raport w dniu',
    colList: 'Lista',
    colPeople: 'Uczestnicy',
    overdue: 'termin minął — raport powstanie przy najbliższym uruchomieniu zadania',
  },
  // the list fixed in place (/grupy/[id]/lista/[uploadId])
  duplicates: {
    sameNameInList: (rows: string[]) =>
      `Ta sama osoba? Imię i nazwisko powtarza się w ${rows.length === 1 ? 'wierszu' : 'wierszach'} ${rows.join(', ')}.`,
    alreadyInGroup: (login: string) => `Ta osoba ma prawdopodobnie już konto w tej grupie (login ${login}).`,
    emailInGroup: (login: string) => `Ten e-mail ma już uczestnik tej grupy (login ${login}).`,
    nameInGroup: (logins: string[]) =>
      `W grupie jest już uczestnik o tym imieniu i nazwisku (login ${logins.join(', ')}). Sprawdź, czy to nie ta sama osoba.`,
    heading: (n: number) => `Możliwe duplikaty: ${n} ${n === 1 ? 'wiersz' : 'wierszy'} — sprawdź, zanim potwierdzisz.`,
    note: 'To tylko ostrzeżenie: jeśli to różne osoby, możesz potwierdzić listę bez zmian.',
  },
  fix: {
    edit: 'Popraw ten wiersz',
    save: 'Zapisz i sprawdź ponownie',
    remove: 'Usuń ten wiersz z listy',
    saved: (row: number) => `Wiersz ${row} poprawiony i sprawdzony ponownie.`,
    savedOk: (row: number) => `Wiersz ${row} jest teraz poprawny.`,
    stillWrong: (row: number) => `Wiersz ${row} nadal ma błędy — zobacz opis przy polach.`,
    removed: (row: number) => `Wiersz ${row} usunięty z listy.`,
    passwordKeep: 'Zostaw puste, aby zachować hasło z pliku; wpisz nowe, aby je zmienić.',
    passwordGenerate: 'Usuń hasło z pliku — wygeneruj je automatycznie',
    legend: (row: number) => `Wiersz ${row}`,
    downloadMarked: 'Pobierz listę z zaznaczonymi błędami (XLSX)',
    downloadMarkedNote:
      'Komórki z błędami są na czerwono, z opisem w komentarzu i w kolumnie „Błędy”. Popraw plik i prześlij go ponownie albo popraw wiersze tutaj.',
    errorsColumn: 'Błędy',
    warningsColumn: 'Ostrzeżenia',
    listProblemsSheet: 'Błędy listy',
    replaceHeading: 'Prześlij poprawiony plik',
    replaceNote: 'Nowy plik zastąpi tę listę.',
    outcome: { ok: 'ok', bledy: 'bledy', usunieto: 'usunieto' } as const,
    tooManyRows: (over: number) =>
      `Lista ma o ${over} ${over === 1 ? 'wiersz' : 'wierszy'} więcej, niż zostało wolnych miejsc: usuń nadmiarowe wiersze albo dokup miejsca.`,
    loginPlanned: (login: string) => `${login} (nadany automatycznie)`,
    loginsNote:
      'Loginy nadane automatycznie są widoczne poniżej; ostateczne sprawdzenie następuje przy tworzeniu kont.',
    next: 'Dalej: potwierdź utworzenie kont',
  },
  paste: {
    heading: 'Albo wklej wiersze prosto z Excela',
    intro:
      'Zaznacz w Excelu kolumny Imię, Nazwisko (oraz opcjonalnie E-mail, Login, Hasło) i wklej je tutaj. Wiersz nagłówka możesz wkleić albo pominąć — wtedy kolumny muszą być w kolejności z szablonu.',
    rows: 'Wiersze z Excela',
    notifyEmail: 'E-mail do powiadomienia o utworzonych kontach',
    submit: 'Sprawdź wklejone wiersze',
    empty: 'Wklej co najmniej jeden wiersz.',
    tooLong: 'Za dużo tekstu naraz — wklej najwyżej 5000 wierszy albo prześlij plik.',
    notifyInvalid: 'Podaj poprawny adres e-mail, np. kadry@firma.pl.',
    fileName: 'wklejone-z-excela.txt',
  },
  confirmList: {
    title: 'Potwierdź utworzenie kont',
    intro: 'Sprawdź podsumowanie. Po potwierdzeniu konta powstaną od razu i zaczną się 2 miesiące dostępu.',
    accounts: 'Konta do utworzenia',
    seatsBought: 'Kupione miejsca',
    seatsUsedNow: 'Wykorzystane dotąd',
    seatsLeftAfter: 'Wolne po utworzeniu',
    notice: (email: string) => `Powiadomienie o kontach trafi na: ${email}`,
    warnings: (n: number) =>
      `Uwaga: ${n} ${n === 1 ? 'wiersz wygląda' : 'wierszy wygląda'} na możliwy duplikat — wróć do podglądu, jeśli chcesz to sprawdzić.`,
    back: '← Wróć do podglądu',
    cannot: 'Tej listy nie można jeszcze potwierdzić.',
    heading: 'Podsumowanie',
  },
};
