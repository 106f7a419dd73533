// Texts of contracts as the payer sees them: the public offer list (/umowy), the sign-up form
// (/umowy/[slug]) and the account's contracts (/konto/umowy): state, schedule, paying, ending.
import { pluralPl } from '@/lib/format/plural';

const days = (n: number) => `${n} ${pluralPl(n, 'dzień', 'dni', 'dni')}`;

export const billingAccount = {
  nav: 'Umowy',
  // The public offers (/umowy) in the top bar, for those who have no contract yet.
  offersNav: 'Abonamenty',
  offers: {
    title: 'Umowy i abonamenty',
    intro:
      'Kursy i zajęcia opłacane w ratach, co miesiąc albo za okres zajęć. Przed zawarciem umowy zobaczysz cały harmonogram płatności.',
    none: 'Nie ma teraz ofert do podpisania.',
    choose: 'Zobacz warunki',
    price: (amount: string, per: string) => `${amount} ${per}`,
  },
  // What the offer's amount is for, by plan kind.
  per: {
    FULL: 'jednorazowo',
    MONTHLY: 'miesięcznie',
    SESSIONS: (n: number) => `za ${n} ${pluralPl(n, 'zajęcia', 'zajęcia', 'zajęć')}`,
    INSTALMENTS: 'za cały rok (w ratach)',
    PROFORMA: 'rocznie, przelewem',
  },
  planKind: {
    FULL: 'Płatność jednorazowa',
    MONTHLY: 'Abonament miesięczny',
    SESSIONS: 'Abonament za okres zajęć',
    INSTALMENTS: 'Raty w ustalonych terminach',
    PROFORMA: 'Przelew według faktury pro forma',
  },
  termination: {
    END_OF_PAID_MONTH: 'Możesz wypowiedzieć umowę w każdej chwili; kończy się z końcem opłaconego miesiąca.',
    MONTH_NOTICE: 'Okres wypowiedzenia: miesiąc, ze skutkiem na koniec następnego miesiąca; płacisz do tego dnia.',
    NO_REFUND: 'Opłacony okres nie podlega zwrotowi przy rezygnacji; umowa kończy się z jego końcem.',
    PRO_RATA: 'Przy wcześniejszym zakończeniu rozliczamy się proporcjonalnie do wykorzystanego okresu.',
  },
  dunning: {
    suspend: (n: number) =>
      n <= 1
        ? 'Brak wpłaty w terminie zawiesza dostęp od następnego dnia.'
        : `Brak wpłaty zawiesza dostęp po ${days(n)}.`,
    terminate: (n: number) =>
      n === 0
        ? 'Brak wpłaty do początku okresu kończy umowę.'
        : `Brak wpłaty przez ${days(n)} od terminu kończy umowę.`,
    voided: (n: number) =>
      n === 0 ? 'Bez wpłaty w terminie umowa wygasa.' : `Bez wpłaty w ciągu ${days(n)} od terminu umowa wygasa.`,
  },
  signup: {
    title: (offer: string) => `Umowa: ${offer}`,
    back: 'Wszystkie oferty',
    schedule: 'Harmonogram płatności',
    scheduleNext: 'Kolejne płatności powstają co okres, z tym samym terminem względem jego początku.',
    colWhat: 'Za co',
    colDue: 'Termin',
    colAmount: 'Kwota',
    nonRefundable: 'bezzwrotna',
    total: 'Razem',
    who: 'Kto będzie się uczyć',
    me: (name: string) => `Ja (${name})`,
    child: (name: string) => `Moje dziecko: ${name}`,
    payMethod: 'Jak płacisz co miesiąc',
    payMethods: {
      CARD: {
        label: 'Zapisana karta',
        hint: 'Pierwszą płatność zrobisz kartą w PayU; kolejne pobierzemy z niej 3 dni przed terminem.',
      },
      LINK: {
        label: 'Link e-mailem',
        hint: 'Przed każdym terminem wyślemy link do płatności; płacisz sam, dowolną metodą PayU.',
      },
    },
    discounts: 'Rabaty',
    discountsIntro: 'Rabat deklarowany (rodzeństwo, polecenie) sprawdzamy; do tego czasu liczymy go warunkowo.',
    code: 'Kod rabatowy',
    sibling: 'Rodzeństwo uczące się u nas (imię i nazwisko)',
    siblingHint: 'Rabat rodzinny dla drugiego i kolejnego dziecka; sprawdzimy go.',
    referral: 'E-mail osoby, która nas poleciła',
    referralHint: 'Rabat otrzymacie oboje po sprawdzeniu.',
    continuation: 'Akcja Kontynuacja: uczestnik chodził do nas w zeszłym roku i wszystko jest opłacone',
    continuationHint: 'Nie łączy się z innymi rabatami; sprawdzimy zeszłoroczną umowę.',
    consents: 'Zgody',
    termsBefore: 'Akceptuję',
    termsLink: 'regulamin',
    termsAfter: 'i warunki płatności opisane powyżej.',
    termsMissing: 'Aby zawrzeć umowę, zaakceptuj regulamin.',
    immediateStart: 'Żądam rozpoczęcia świadczenia przed upływem 14 dni na odstąpienie od umowy.',
    immediateStartNote:
      'Jeśli odstąpisz w ciągu 14 dni, zapłacisz tylko za to, co zostało już wykonane (art. 35 ustawy o prawach konsumenta); przy treściach cyfrowych tracisz prawo odstąpienia z chwilą ich udostępnienia (art. 38 pkt 13). Bez tej zgody zaczniemy po 14 dniach.',
    submit: 'Zawieram umowę z obowiązkiem zapłaty',
    signIn: 'Aby zawrzeć umowę, zaloguj się albo załóż konto.',
    signInLink: 'Zaloguj się',
    cannotBuy: 'To konto nie może zawierać umów. Umowę dla dziecka zawiera rodzic ze swojego konta.',
    whoInvalid: 'Wybierz, kto będzie się uczyć.',
    transferNote: 'Po zawarciu umowy dostaniesz fakturę pro forma do zapłaty przelewem.',
    payNote: 'Po zawarciu umowy przejdziesz do płatności pierwszej raty w PayU.',
  },
  list: {
    title: 'Moje umowy',
    intro: 'Twoje umowy z harmonogramem płatności. Zaległą płatność opłacisz jednym kliknięciem.',
    none: 'Nie masz jeszcze żadnej umowy.',
    offersLink: 'Zobacz oferty',
    colNumber: 'Umowa',
    colWho: 'Uczestnik',
    colState: 'Stan',
    colNext: 'Najbliższa płatność',
    nothingDue: 'nic do zapłaty',
    next: (amount: string, date: string) => `${amount} do ${date}`,
    overdue: (amount: string, n: number) => `${amount}, zaległe ${days(n)}`,
  },
  status: {
    PENDING: 'Czeka na pierwszą płatność',
    ACTIVE: 'Aktywna',
    SUSPENDED: 'Zawieszona',
    ENDED: 'Zakończona',
    VOID: 'Nieważna',
  },
  explain: {
    pending: (date: string) => `Umowa zawarta ${date}. Dostęp otworzy się po zapłaceniu pierwszej płatności.`,
    pendingTransfer: (date: string) =>
      `Zapłać przelewem według faktury pro forma do ${date}. Bez wpłaty w terminie umowa wygaśnie, a dostęp się nie otworzy.`,
    active: 'Dostęp jest aktywny.',
    paidThrough: (date: string) => `Opłacone do ${date} włącznie.`,
    ending: (date: string) => `Umowa wypowiedziana — kończy się ${date}; do tego dnia dostęp pozostaje.`,
    suspended: (date: string) => `Dostęp zawieszony od ${date} — zapłać, aby go przywrócić.`,
    suspendedTerminate: (date: string) => `Bez wpłaty umowa wygaśnie ${date}.`,
    ended: (date: string) => `Umowa zakończona ${date}.`,
    endedRunning: (date: string) => `Umowa wypowiedziana; dostęp do ${date} włącznie.`,
    void: 'Umowa nie weszła w życie: pierwsza płatność nie wpłynęła w terminie.',
  },
  endReason: {
    unpaid: 'brak wpłaty',
    'payer-notice': 'wypowiedzenie',
    staff: 'rozwiązana przez nas',
    'run-out': 'upływ okresu',
    'void-deadline': 'brak wpłaty w terminie',
  } as Record<string, string>,
  detail: {
    title: (number: string) => `Umowa ${number}`,
    back: 'Moje umowy',
    offer: 'Produkt',
    who: 'Uczestnik',
    signed: 'Zawarta',
    plan: 'Plan płatności',
    payMethod: 'Sposób płatności',
    card: (label: string) => `karta ${label}`,
    /** How the contract is paid, as the payer's page says it (staff's words: billingPanel.payMethod). */
    payMethods: {
      LINK: 'link e-mailem',
      CARD: 'zapisana karta',
      TRANSFER: 'przelew (pro forma)',
      DESK: 'w recepcji centrum (gotówka lub karta)',
    },
    schedule: 'Harmonogram płatności',
    colWhat: 'Za co',
    colDue: 'Termin',
    colAmount: 'Kwota',
    colState: 'Stan',
    colDocs: 'Dokumenty',
    discount: (amount: string) => `w tym rabat ${amount}`,
    paid: (date: string) => `Zapłacono ${date}`,
    due: 'Do zapłaty',
    dueToday: 'Termin dziś',
    overdue: (n: number) => `Zaległe ${days(n)}`,
    cancelled: 'Anulowana',
    payNow: 'Zapłać teraz',
    invoice: 'Faktura',
    proforma: (number: string) => `Pro forma ${number}`,
    discounts: 'Rabaty',
    discountStatus: {
      PENDING: 'czeka na sprawdzenie',
      ACCEPTED: 'przyznany',
      REJECTED: 'odrzucony',
      DROPPED: 'utracony',
    },
    discountType: {
      CODE: (code: string) => `Kod ${code}`,
      SIBLING: 'Rabat rodzinny',
      REFERRAL: 'Rabat za polecenie',
      CONTINUATION: 'Akcja Kontynuacja',
      SCHOOL: 'Rabat szkoły',
    },
    signedNotice: 'Umowa zawarta. Potwierdzenie wysłaliśmy e-mailem.',
    transferNotice: 'Umowa zawarta. Zapłać przelewem według faktury pro forma poniżej; tytuł przelewu to jej numer.',
    bank: 'Dane do przelewu są na fakturze pro forma.',
  },
  end: {
    title: 'Zakończ umowę',
    intro:
      'Najpierw pokażemy, kiedy umowa się skończy i jak się rozliczymy; nic się nie zmieni, dopóki nie potwierdzisz.',
    preview: 'Sprawdź warunki zakończenia',
    confirmHeading: 'Tak zakończy się umowa',
    endsOn: (date: string) => `Umowa skończy się ${date}; do tego dnia dostęp pozostaje.`,
    refund: (amount: string) => `Zwrócimy ${amount} (w ciągu 14 dni, tą samą metodą płatności).`,
    owed: (amount: string) => `Do zapłaty pozostanie ${amount}.`,
    nothing: 'Nic nie zwracamy i nic nie będzie do dopłaty.',
    confirm: 'Potwierdzam zakończenie umowy',
    back: 'Wróć',
    done: 'Wypowiedzenie przyjęte. Potwierdzenie wysłaliśmy e-mailem.',
    /** What kind of ending the preview is (the statute's withdrawal within 14 days, or a notice). */
    kindWithdrawal: (lastDay: string) =>
      `Jesteś w 14-dniowym terminie na odstąpienie od umowy (do ${lastDay} włącznie): umowa skończy się od razu, bez podania przyczyny (art. 27 ustawy o prawach konsumenta).`,
    kindWithdrawalEarly:
      'Zażądałeś rozpoczęcia świadczenia przed upływem tego terminu, więc płacisz za część spełnioną do dziś (art. 35); resztę zwrócimy.',
    kindNotice: 'To wypowiedzenie umowy: skutek na koniec okresu, za który zapłaciłeś.',
    linesHeading: 'Rozliczenie',
    doneWithdrawal: 'Odstąpienie od umowy przyjęte. Potwierdzenie wysłaliśmy e-mailem.',
  },
};
