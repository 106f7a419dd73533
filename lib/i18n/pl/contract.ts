// The contract confirmation on a durable medium (art. 21 u.p.k.): the PDFs sent with it (terms as
// accepted, the withdrawal instruction of annex 1 and form of annex 2, the early-start
// confirmation), the "Twoja umowa" section of the order page and the attachments in the mailbox.
export const contract = {
  documents: {
    terms: (version: string) => `Regulamin w wersji ${version} (PDF)`,
    earlyStart: 'Potwierdzenie żądania rozpoczęcia świadczenia (PDF)',
    withdrawalInstruction: 'Pouczenie o prawie odstąpienia od umowy (PDF)',
    withdrawalForm: 'Formularz odstąpienia od umowy (PDF)',
    /** A courtesy translation's reference, as the staff mailbox lists it. */
    copy: (label: string, language: string) => `${label} — tłumaczenie grzecznościowe (${language})`,
    copyLanguage: { en: 'angielski', uk: 'ukraiński' },
  },
  fileNames: {
    terms: (version: string) => `regulamin-${version}.pdf`,
    earlyStart: (order: string) => `potwierdzenie-zadania-${order}.pdf`,
    withdrawalInstruction: (order: string) => `pouczenie-o-odstapieniu-${order}.pdf`,
    withdrawalForm: (order: string) => `formularz-odstapienia-${order}.pdf`,
  },
  /** What the confirmation says about each item's withdrawal right, in words. */
  statements: {
    rightLost:
      'Prawo odstąpienia od umowy wygasło z chwilą udostępnienia treści cyfrowych, bo ich dostarczanie rozpoczęło się na wyraźne żądanie kupującego, z przyjęciem do wiadomości utraty tego prawa (art. 38 ust. 1 pkt 13 ustawy o prawach konsumenta).',
    serviceProRata: (lastDay: string) =>
      `Do ${lastDay} włącznie można odstąpić od umowy o usługę, płacąc za świadczenia spełnione do chwili odstąpienia (art. 35 ustawy o prawach konsumenta).`,
    withdrawalRight: (lastDay: string) =>
      `Do ${lastDay} włącznie można odstąpić od umowy bez podania przyczyny i otrzymać zwrot całej zapłaty (art. 27 ustawy o prawach konsumenta).`,
    familyProcedure: (lastDay: string, familyUrl: string) =>
      `Od umowy o pakiet przedmiotowy można odstąpić do ${lastDay} włącznie, osobno dla każdego dziecka: na stronie „Moja rodzina” (${familyUrl}) przy pakiecie dziecka wybierz „Zrezygnuj lub odstąp od umowy”. Zwracamy całą opłatę w ciągu 14 dni, pomniejszoną tylko o rabat dla rodzeństwa (§ 5.3 regulaminu pakietów), jeśli pozostałemu rodzeństwu przestaje on przysługiwać. Później można zrezygnować z pakietu ze zwrotem za niewykorzystane miesiące (§ 7).`,
    business: 'Zamówienie złożyła firma: ustawowe prawo odstąpienia od umowy przysługuje konsumentom.',
  },
  consent: {
    given: (at: string) => `Tak — zgłoszone w formularzu zamówienia ${at}.`,
    notGiven: 'Nie — prawo odstąpienia od umowy zostało zachowane.',
    notApplicable: 'Nie dotyczy — zamówienie złożyła firma.',
    family: 'Nie dotyczy — pakiety przedmiotowe mają własny tryb odstąpienia (§ 8 regulaminu pakietów).',
  },
  page: {
    heading: 'Twoja umowa',
    terms: (version: string, at: string) => `Regulamin w wersji ${version}, zaakceptowany ${at}.`,
    consentLabel: 'Żądanie rozpoczęcia świadczenia przed upływem 14 dni:',
    documentsLabel: 'Dokumenty umowy (te same wysłaliśmy e-mailem po zapłacie):',
    withdrawHint: 'Formularza nie trzeba używać: wystarczy przycisk „Odstąp od umowy” poniżej albo e-mail.',
    // A reader of another language: beside each Polish document, its courtesy translation.
    original: 'po polsku, wiążący oryginał',
    copyLink: 'tłumaczenie',
    copiesNote: 'Wiążą tylko dokumenty w języku polskim; tłumaczenia są pomocnicze.',
  },
  pdf: {
    footer: (title: string, page: number, total: number) => `${title} — strona ${page} z ${total}`,
    /** On a courtesy translation: a framed warning on the first page, a mark on every page. */
    courtesy: {
      banner:
        'Tłumaczenie grzecznościowe. Umowa została zawarta w języku polskim i wiąże wyłącznie polski oryginał tego dokumentu, wysłany razem z tym tłumaczeniem.',
      header: 'Tłumaczenie grzecznościowe — wiąże polski oryginał',
    },
    terms: {
      version: (version: string, from: string) => `Wersja ${version}, obowiązuje od ${from}.`,
      accepted: (order: string, at: string) => `Wersja zaakceptowana przy zamówieniu ${order} (${at}).`,
      section: (n: number, title: string) => `§ ${n}. ${title}`,
    },
    order: {
      heading: 'Umowa',
      number: (n: string) => `Zamówienie nr ${n}`,
      concluded: (at: string) => `Data zawarcia umowy: ${at}`,
      buyer: (name: string) => `Kupujący: ${name}`,
      items: 'Przedmiot umowy:',
      item: (name: string, quantity: number, price: string) =>
        `${name}${quantity > 1 ? ` × ${quantity}` : ''} — ${price}`,
      total: (price: string) => `Cena łącznie (brutto): ${price}`,
      seller: 'Sprzedawca:',
      sellerContact: (email: string, phone: string) => `e-mail: ${email}, tel. ${phone}`,
      sellerIds: (nip: string, krs: string) => `NIP ${nip}, KRS ${krs}`,
    },
    instruction: {
      title: 'Pouczenie o prawie odstąpienia od umowy',
      lead: 'Pouczenie zgodne z załącznikiem nr 1 do ustawy z dnia 30 maja 2014 r. o prawach konsumenta.',
      rightHeading: 'Prawo odstąpienia od umowy',
      right: (lastDay: string) => [
        'Mają Państwo prawo odstąpić od niniejszej umowy w terminie 14 dni bez podania jakiejkolwiek przyczyny.',
        `Termin do odstąpienia od umowy wygasa po upływie 14 dni od dnia zawarcia umowy; dla tego zamówienia — z końcem dnia ${lastDay}.`,
      ],
      how: (seller: string, email: string, phone: string) =>
        `Aby skorzystać z prawa odstąpienia od umowy, muszą Państwo poinformować nas (${seller}, e-mail: ${email}, tel. ${phone}) o swojej decyzji o odstąpieniu od niniejszej umowy w drodze jednoznacznego oświadczenia (na przykład pismo wysłane pocztą lub pocztą elektroniczną).`,
      form: 'Mogą Państwo skorzystać z załączonego wzoru formularza odstąpienia od umowy, jednak nie jest to obowiązkowe.',
      online: (url: string) =>
        `Mogą Państwo również odstąpić od umowy na stronie zamówienia (${url}) przyciskiem „Odstąp od umowy”. Jeżeli skorzystają Państwo z tej możliwości, prześlemy Państwu niezwłocznie potwierdzenie otrzymania informacji o odstąpieniu od umowy na trwałym nośniku (e-mailem).`,
      inTime:
        'Aby zachować termin do odstąpienia od umowy, wystarczy, aby wysłali Państwo informację dotyczącą wykonania przysługującego Państwu prawa odstąpienia od umowy przed upływem terminu do odstąpienia od umowy.',
      effectsHeading: 'Skutki odstąpienia od umowy',
      effects: [
        'W przypadku odstąpienia od niniejszej umowy zwracamy Państwu wszystkie otrzymane od Państwa płatności niezwłocznie, a w każdym przypadku nie później niż 14 dni od dnia, w którym zostaliśmy poinformowani o Państwa decyzji o wykonaniu prawa odstąpienia od niniejszej umowy.',
        'Zwrotu płatności dokonamy przy użyciu takich samych sposobów płatności, jakie zostały przez Państwa użyte w pierwotnej transakcji (zwrot przez PayU), chyba że wyraźnie zgodziliście się Państwo na inne rozwiązanie; w każdym przypadku nie poniosą Państwo żadnych opłat w związku z tym zwrotem.',
        'Z chwilą odstąpienia od umowy wygasa dostęp do treści cyfrowych objętych umową.',
      ],
      proRata:
        'Jeżeli zażądali Państwo rozpoczęcia świadczenia usług przed upływem terminu do odstąpienia od umowy, zapłacą nam Państwo kwotę proporcjonalną do zakresu świadczeń spełnionych do chwili, w której poinformowali nas Państwo o odstąpieniu od niniejszej umowy (art. 35 ustawy o prawach konsumenta).',
    },
    /** The instruction's part for a child's yearly package: the family procedure and the §5.3 set-off. */
    family: {
      lead: 'Pouczenie zgodne z załącznikiem nr 1 do ustawy z dnia 30 maja 2014 r. o prawach konsumenta, z postanowieniami o Pakietach przedmiotowych dla dzieci (§ 8 regulaminu pakietów).',
      heading: 'Pakiety przedmiotowe dla dzieci',
      right:
        'Od umowy o Pakiet przedmiotowy mogą Państwo odstąpić osobno dla każdego dziecka, także gdy dziecko zaczęło już naukę.',
      online: (familyUrl: string) =>
        `Najprościej zrobić to na stronie „Moja rodzina” (${familyUrl}): przy pakiecie dziecka wybierz „Zrezygnuj lub odstąp od umowy”. Przed potwierdzeniem strona pokazuje zwrot, ewentualne potrącenie rabatu dla rodzeństwa i kwotę do wypłaty; potwierdzenie otrzymania odstąpienia wyślemy niezwłocznie e-mailem. Pakiety z tego zamówienia:`,
      packageLink: (name: string, url: string) => `${name}: ${url}`,
      effects: [
        'W przypadku odstąpienia od umowy o Pakiet zwracamy Państwu wszystkie płatności otrzymane na podstawie tej umowy niezwłocznie, a w każdym przypadku nie później niż 14 dni od dnia, w którym zostaliśmy poinformowani o Państwa decyzji, tym samym sposobem płatności (zwrot przez PayU), bez żadnych opłat. Nie żądamy zapłaty za okres nauki do chwili odstąpienia (art. 35 ustawy o prawach konsumenta).',
        'Z chwilą odstąpienia wygasa dostęp dziecka do pakietu.',
      ],
      setOffHeading: 'Rabat dla rodzeństwa przy odstąpieniu (§ 5.3 regulaminu pakietów)',
      setOff:
        'Rabat za drugie i każde kolejne dziecko przysługuje tylko dlatego, że inne dziecko ma opłacony Pakiet Standard w pełnej cenie. Jeżeli odstępują Państwo od umowy o pakiet dziecka, które płaciło pełną cenę, pozostałe dziecko traci podstawę rabatu: kwotę rabatu potrącamy ze zwrotu za odchodzące dziecko (art. 498 Kodeksu cywilnego), nigdy ponad ten zwrot, a pozostałe dziecko zachowuje pakiet bez dopłaty. Jeżeli później odejdzie także dziecko, za które potrącono rabat, potrącona kwota wraca wraz z jego zwrotem.',
      formNote: 'Przy kilku pakietach proszę skreślić pakiety dzieci, których odstąpienie nie dotyczy.',
    },
    form: {
      title: 'Wzór formularza odstąpienia od umowy',
      lead: 'Załącznik nr 2 do ustawy z dnia 30 maja 2014 r. o prawach konsumenta.',
      note: '(formularz ten należy wypełnić i odesłać tylko w przypadku chęci odstąpienia od umowy)',
      addressee: (seller: string, address: string, email: string) => `Adresat: ${seller}, ${address}, e-mail: ${email}`,
      statement:
        'Ja/My(*) niniejszym informuję/informujemy(*) o moim/naszym odstąpieniu od umowy o dostarczanie następujących treści cyfrowych(*)/umowy o świadczenie następującej usługi(*):',
      concluded: (at: string) => `Data zawarcia umowy: ${at}`,
      number: (n: string) => `Numer zamówienia: ${n}`,
      blanks: [
        'Imię i nazwisko konsumenta(-ów):',
        'Adres konsumenta(-ów):',
        'Podpis konsumenta(-ów) (tylko jeżeli formularz jest przesyłany w wersji papierowej):',
        'Data:',
      ],
      strike: '(*) Niepotrzebne skreślić.',
    },
    earlyStart: {
      title: 'Potwierdzenie żądania rozpoczęcia świadczenia przed upływem terminu do odstąpienia od umowy',
      lead: (order: string, at: string) =>
        `Potwierdzamy, że składając zamówienie nr ${order} (${at}), zaznaczyli Państwo w formularzu zamówienia osobne, niezaznaczone domyślnie pole o treści:`,
      digitalHeading: 'Treści cyfrowe — prawo odstąpienia wygasło (art. 38 ust. 1 pkt 13 ustawy o prawach konsumenta)',
      digital:
        'Spełnianie świadczenia rozpoczęło się za Państwa wyraźną i uprzednią zgodą, po poinformowaniu o utracie prawa odstąpienia od umowy, co Państwo przyjęli do wiadomości. Z chwilą udostępnienia poniższych treści prawo odstąpienia od umowy nie przysługuje:',
      serviceHeading: 'Usługi — odstąpienie za zapłatą za część spełnioną (art. 35 ustawy o prawach konsumenta)',
      service: (lastDay: string) =>
        `Prawo odstąpienia od umowy o poniższe usługi przysługuje do ${lastDay} włącznie; po odstąpieniu zapłacą Państwo za świadczenia spełnione do chwili odstąpienia, a gdy usługa zostanie w pełni wykonana, prawo odstąpienia wygaśnie (art. 38 ust. 1 pkt 1):`,
      rights:
        'Nie wpływa to na Państwa uprawnienia w razie braku zgodności treści cyfrowych lub usługi z umową (reklamacja — § „Reklamacje” regulaminu).',
    },
  },
  file: { signIn: 'Zaloguj się, aby pobrać dokument.', missing: 'Nie znaleziono dokumentu.' },
  mailbox: { attachments: 'Załączniki', none: 'Brak załączników.', unknown: (kind: string) => `Załącznik ${kind}` },
};
