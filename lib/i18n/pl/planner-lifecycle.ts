// planner-lifecycle texts of the matura planner (issue 23): the licence page, the renewal offer,
// the purge reminders, the director's erase and the school's complaint.
export const plannerLifecycle = {
  page: {
    title: 'Licencja',
    state: 'Stan licencji',
    examYear: 'Rok egzaminu',
    examYearValue: (y: number) => `matura ${y} (rok szkolny ${y - 1}/${y})`,
    period: 'Okres licencji',
    periodValue: (from: string, to: string) => `${from} – ${to}`,
    phase: 'Etap',
    access: 'Dostęp',
    contract: 'Umowa',
    unpaid: (number: string, amount: string, deadline: string) =>
      `Do zapłaty: ${amount} za fakturę pro forma ${number}, termin ${deadline}.`,
    proforma: 'Pobierz fakturę pro forma',
    pay: 'Zapłać przez PayU',
    payerOnly: 'Fakturę pro forma i płatność widzi osoba, która zamówiła licencję.',
    dates: 'Terminy',
    readOnlyFrom: 'Tylko odczyt i eksport od',
    purgeOn: 'Usunięcie danych uczniów, deklaracji i zespołów',
    renewalFrom: 'Oferta przedłużenia od',
    renewedNote:
      'Szkoła opłaciła licencję na kolejny rok: do 30 lipca planer działa bez ograniczeń, potem uczniowie zdający poprawkę przechodzą do nowej licencji, a dane absolwentów tego roku są usuwane.',
    exportsHint: 'Przed usunięciem danych pobierz wydruki i eksporty.',
    exports: 'Wydruki i eksporty',
  },
  renewal: {
    title: 'Przedłużenie licencji',
    none: 'Oferta przedłużenia zostanie wysłana dyrektorom 1 czerwca roku egzaminu.',
    lapsed: 'Oferta przedłużenia nie została opłacona w terminie. Licencję na kolejny rok można zamówić ponownie.',
    order: 'Zamów licencję na kolejny rok',
    offered: (examYear: number, number: string, amount: string, deadline: string) =>
      `Licencja na maturę ${examYear}: faktura pro forma ${number} na ${amount}, termin zapłaty ${deadline}.`,
    paid: (examYear: number) => `Licencja na maturę ${examYear} jest opłacona.`,
    starts: (day: string) => `Przedłużona licencja obowiązuje od ${day}.`,
    carried: (n: number) =>
      n === 1
        ? 'Uczeń zdający poprawkę zostanie przeniesiony do nowej licencji.'
        : `Uczniowie zdający poprawkę (${n}) zostaną przeniesieni do nowej licencji.`,
  },
  erase: {
    title: 'Usunięcie danych szkoły',
    intro:
      'Dyrektor może w każdej chwili usunąć dane uczniów, deklaracji, sal i zespołów z tej licencji. Faktury i umowa zostają (przepisy podatkowe). Tej operacji nie można cofnąć.',
    name: 'Wpisz nazwę szkoły, aby potwierdzić',
    submit: 'Usuń dane szkoły',
    confirm: 'Czy na pewno usunąć dane? Tej operacji nie można cofnąć.',
    done: (students: number) => `Dane usunięto (uczniów: ${students}).`,
    nameMismatch: 'Wpisana nazwa nie jest nazwą szkoły.',
    erased: (at: string) => `Dane tej licencji usunięto ${at}.`,
    directorOnly: 'Dane szkoły może usunąć tylko dyrektor.',
  },
  purged: (at: string) => `Dane tej licencji usunięto automatycznie ${at}, 30 dni po jej wygaśnięciu.`,
  complaint: {
    title: 'Reklamacja',
    intro: (days: number) => `Odpowiemy na reklamację w ciągu ${days} dni kalendarzowych od jej otrzymania.`,
    description: 'Na czym polega problem',
    demand: 'Czego oczekujesz',
    submit: 'Wyślij reklamację',
    sent: (number: string, lastDay: string) =>
      `Przyjęliśmy reklamację ${number}. Odpowiemy najpóźniej ${lastDay}; potwierdzenie wysłaliśmy e-mailem.`,
    list: 'Reklamacje szkoły',
    due: (lastDay: string) => `odpowiedź do ${lastDay}`,
    answered: (at: string) => `odpowiedziano ${at}`,
  },
  emails: {
    renewal: {
      subject: (examYear: number, number: string) =>
        `Przedłużenie licencji planera na maturę ${examYear} — pro forma ${number}`,
      intro: (school: string, examYear: number, number: string) =>
        `Licencja planera maturalnego dla szkoły ${school} wygasa 30 czerwca. Przygotowaliśmy przedłużenie na maturę ${examYear} (umowa ${number}); po jej opłaceniu planer działa bez przerwy przez wakacje, a 30 lipca uczniowie zdający poprawkę przechodzą do nowej licencji (dane pozostałych absolwentów są wtedy usuwane — pobierz wcześniej potrzebne wydruki).`,
      amount: (amount: string) => `Kwota do zapłaty: ${amount}.`,
      account: (account: string) => `Numer rachunku: ${account}.`,
      title: (number: string) => `Tytuł przelewu: ${number}.`,
      deadline: (day: string) => `Termin zapłaty: ${day}.`,
      notRenewing:
        'Jeśli szkoła nie przedłuży licencji, od 1 lipca dane będą dostępne tylko do odczytu i eksportu przez 30 dni, a potem zostaną usunięte.',
      attached: 'W załączniku faktura pro forma i warunki licencji.',
      button: 'Przejdź do licencji',
    },
    reminder: {
      subject: (school: string, days: number) => `Za ${days} dni usuniemy dane szkoły ${school} z planera maturalnego`,
      intro: (school: string, examYear: number) =>
        `Licencja planera maturalnego dla szkoły ${school} (matura ${examYear}) wygasła i nie została przedłużona.`,
      when: (lastDay: string) =>
        `Dane uczniów, deklaracji, sal i zespołów są dostępne tylko do odczytu do ${lastDay} włącznie; potem usuniemy je na stałe.`,
      exports: 'Pobierz teraz potrzebne wydruki i eksporty:',
      button: 'Wydruki i eksporty',
      renew: 'Przedłużenie licencji przed tym terminem zachowa dane.',
    },
  },
  termination: {
    title: 'Rozwiązanie umowy z powodu niewykonania (zwrot proporcjonalny)',
    intro:
      'Gdy usługa nie jest świadczona, szkoła może rozwiązać umowę; zwracamy opłatę proporcjonalnie do dni pozostałych do 30 czerwca (dzień rozwiązania liczy się jako dzień usługi). Zwrot przelewem wysyła księgowość w ciągu 14 dni; po nim wystawiamy fakturę korygującą.',
    empty: 'Nie ma opłaconych, trwających licencji.',
    columns: { school: 'Szkoła', licence: 'Licencja', paid: 'Zapłacono', refund: 'Zwrot dziś' },
    refund: (amount: string, daysLeft: number, daysPaid: number) => `${amount} (${daysLeft} z ${daysPaid} dni)`,
    submit: 'Rozwiąż umowę',
    confirm: (school: string, amount: string) =>
      `Rozwiązać umowę licencji szkoły ${school} z powodu niewykonania usługi? Zwrot: ${amount}. Tej operacji nie można cofnąć.`,
    done: (amount: string) => `Umowę rozwiązano; zwrot ${amount} czeka na wysłanie przez księgowość.`,
    notActive: 'Tej licencji nie można już rozwiązać: umowa nie jest aktywna albo licencja wygasła.',
  },
  errors: {
    nameMismatch: 'Wpisana nazwa nie jest nazwą szkoły.',
    nothingToErase: 'Dane tej licencji zostały już usunięte.',
  },
} as const;
