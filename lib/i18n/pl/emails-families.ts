// Texts of the family's e-mails (emails/parent-welcome.tsx, family-cancellation.tsx,
// family-order-repriced.tsx, class-change.tsx, trial-started.tsx, trial-ending.tsx,
// parent-account.tsx), HTML and plain text alike. Part of the Polish catalogue.
export const emailsFamilies = {
  myFamily: 'Moja rodzina',
  myFamilyLink: (link: string) => `Moja rodzina: ${link}`,
  parentWelcome: {
    subject: 'Konto rodzica w Planecie jest gotowe',
    thanks: 'dziękujemy za założenie konta rodzica i akceptację',
    termsLink: 'regulaminu pakietów',
    next: '. Co dalej:',
    thanksText: (termsLink: string) =>
      `dziękujemy za założenie konta rodzica i akceptację regulaminu pakietów (${termsLink}). Co dalej:`,
    addChildren: 'Dodaj dzieci: imię i nazwisko, rok urodzenia oraz login i hasło, którymi dziecko będzie się logować.',
    trial:
      'Wypróbuj bezpłatnie Pakiet Standard przez 2 dni — raz w roku szkolnym, od kliknięcia „Przetestuj przez 2 dni”.',
    choose: (currency: string) =>
      `Wybierz pakiet dla każdego dziecka. Ceny podajemy w ${currency}, walucie kraju zamieszkania.`,
    withdrawal:
      'Przez 14 dni od zapłaty możesz odstąpić od umowy z pełnym zwrotem, a później zrezygnować ze zwrotem za niewykorzystane miesiące.',
    button: 'Przejdź do konta rodzica',
    accountLink: (link: string) => `Konto rodzica: ${link}`,
  },
  cancellation: {
    withdrawalSubject: 'Potwierdzenie odstąpienia od umowy',
    cancellationSubject: 'Potwierdzenie rezygnacji z pakietu',
    withdrawal: 'Przyjęliśmy odstąpienie od umowy',
    cancellation: 'Przyjęliśmy rezygnację',
    accessEnds: (effectiveAt: string) => `Dostęp dziecka kończy się ${effectiveAt}.`,
    refundLead: 'Kwota zwrotu:',
    refundWay: 'Zwrot prześlemy przez PayU na konto, z którego przyszła płatność.',
    refundText: (refund: string) => `Kwota zwrotu: ${refund} (przez PayU).`,
  },
  repriced: {
    subject: (orderNumber: string) => `Zamówienie ${orderNumber} anulowane — złóż je ponownie`,
    cancelled: (orderNumber: string, children: string) =>
      `Anulowaliśmy nieopłacone zamówienie ${orderNumber} (${children}).`,
    why: 'Cena zawierała rabat dla rodzeństwa (§5.3 regulaminu), a pakiet dziecka, które płaciło pełną cenę, nie jest już opłacony, więc rabat nie przysługuje.',
    nothingCharged:
      'Nic nie zostało pobrane. Jeśli płatność mimo to dotrze, zwrócimy ją w całości. Złóż zamówienie ponownie — pokażemy aktualną cenę przed zapłatą.',
    nothingChargedText:
      'Nic nie zostało pobrane. Jeśli płatność mimo to dotrze, zwrócimy ją w całości. Złóż zamówienie ponownie — pokażemy aktualną cenę przed zapłatą:',
    button: 'Zamów ponownie',
  },
  classChange: {
    approvedSubject: (childName: string) => `Zmiana klasy zatwierdzona — ${childName}`,
    rejectedSubject: (childName: string) => `Zmiana klasy niezatwierdzona — ${childName}`,
    approved: (childName: string, schoolYear: string, className: string) =>
      `zatwierdziliśmy prośbę o zmianę klasy. ${childName} w roku szkolnym ${schoolYear} uczy się w programie: ${className}. Przedmioty w pakietach dobieramy do tej klasy.`,
    rejected: (childName: string, schoolYear: string, className: string) =>
      `nie możemy zatwierdzić prośby o zmianę klasy dla: ${childName}. W roku szkolnym ${schoolYear} dziecko pozostaje w programie: ${className} (według rocznika). Nową prośbę możesz złożyć na stronie dziecka.`,
  },
  trialStarted: {
    subject: 'Okres testowy Pakietu Standard rozpoczęty',
    until: 'bezpłatny okres testowy Pakietu Standard trwa do',
    children: '. Obejmuje konta dzieci:',
    untilText: (endsAt: string) => `bezpłatny okres testowy Pakietu Standard trwa do ${endsAt}. Obejmuje konta dzieci:`,
    how: 'Dzieci logują się swoimi loginami i hasłami. Okres testowy kończy się sam — nic nie płacisz i nie musisz go odwoływać. Dzień przed końcem przypomnimy o nim e-mailem. Z okresu testowego można skorzystać raz w roku szkolnym.',
  },
  trialEnding: {
    subject: 'Okres testowy kończy się jutro',
    ends: 'bezpłatny okres testowy Pakietu Standard kończy się',
    after: '. Potem dzieci stracą dostęp do przedmiotów.',
    endsText: (endsAt: string) =>
      `bezpłatny okres testowy Pakietu Standard kończy się ${endsAt}. Potem dzieci stracą dostęp do przedmiotów.`,
    choose: 'Jeśli chcesz, by nauka trwała dalej, wybierz pakiet na rok szkolny dla każdego dziecka.',
    chooseText: (link: string) =>
      `Jeśli chcesz, by nauka trwała dalej, wybierz pakiet na rok szkolny dla każdego dziecka: ${link}`,
    button: 'Wybierz pakiet',
  },
  parentAccount: {
    subject: 'Konto rodzica w Planecie — ustaw hasło',
    centre: (group: string) =>
      `przy zapisie dziecka na zajęcia „${group}” założyliśmy dla Ciebie konto rodzica w Planecie. Znajdziesz w nim plan zajęć dziecka i wszystkie płatności.`,
    live: 'przy zamówieniu kursu Matplaneta Live założyliśmy dla Ciebie konto rodzica w Planecie. Po opłaceniu Abonamentu znajdziesz w nim zajęcia dziecka i materiały.',
    login: (login: string) => `Twój login: ${login}`,
    validity: (days: number) =>
      `Link jest ważny przez ${days} dni i działa tylko raz. Gdy wygaśnie, użyj „Nie pamiętasz hasła?” na stronie logowania.`,
    button: 'Ustaw hasło',
    link: (link: string) => `Ustaw hasło: ${link}`,
  },
};
