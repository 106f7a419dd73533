// Texts of the order's e-mails (emails/order-paid.tsx, invoice-correction.tsx, refund-sent.tsx,
// order-withdrawal.tsx, terms-changed.tsx, access-ending.tsx). Part of the Polish catalogue.
export const emailsOrders = {
  orderPaid: {
    subject: (orderNumber: string) => `Płatność przyjęta — zamówienie ${orderNumber}`,
    thanksLead: 'dziękujemy — PayU potwierdziło płatność za zamówienie',
    confirmed: (orderNumber: string, total: string) =>
      `PayU potwierdziło płatność za zamówienie ${orderNumber} (${total}).`,
    family: {
      button: 'Moja rodzina',
      sentence:
        'Pakiety są już aktywne: dzieci logują się swoimi loginami, a pakiety i ich zakres widzisz na stronie „Moja rodzina”.',
    },
    topUp: {
      button: 'Przejdź do grupy',
      sentence: 'Dokupione miejsca są już w grupie: na stronie grupy dodasz na nie uczestników.',
    },
    group: {
      button: 'Przejdź do grupy',
      sentence:
        'Pakiet grupowy czeka w zakładce „Grupy”: tam zaakceptujesz umowę powierzenia danych i dodasz uczestników.',
    },
    courses: { button: 'Moje kursy', sentence: 'Kursy są już dostępne w zakładce „Moje kursy”.' },
    invoice: {
      lead: 'Faktura VAT:',
      both: 'Oba pliki znajdziesz też na',
      orderPage: 'stronie zamówienia',
      ksef: ', gdzie pojawi się numer KSeF faktury.',
      pdfText: (link: string) => `Faktura VAT (PDF): ${link}`,
      xmlText: (link: string) => `Faktura VAT (XML, KSeF): ${link}`,
    },
    receipt: {
      lead: 'Potwierdzenie zakupu pobierzesz jako',
      on: '; na',
      ask: 'możesz też poprosić o fakturę VAT.',
      pdfText: (link: string) => `Potwierdzenie zakupu (PDF): ${link}`,
    },
    invoiceLater: {
      lead: 'Fakturę VAT pobierzesz ze',
      orderPage: 'strony zamówienia',
      text: (link: string) => `Zamówienie i faktura VAT: ${link}`,
    },
    contract: {
      title: 'Potwierdzenie zawarcia umowy',
      titleText: 'POTWIERDZENIE ZAWARCIA UMOWY',
      subject: (total: string) =>
        `Przedmiot umowy: pozycje powyżej, cena łącznie (brutto) ${total}. Umowa została zawarta z chwilą zapłaty.`,
      seller: 'Sprzedawca:',
      registryCourt: (court: string) => `Sąd rejestrowy: ${court}`,
      shareCapital: (amount: string) => `kapitał zakładowy ${amount}`,
      sellerContact: (email: string, phone: string) => `e-mail: ${email}, tel. ${phone}`,
      consent: (state: string) => `Żądanie rozpoczęcia świadczenia przed upływem 14 dni: ${state}`,
      attached: 'W załącznikach:',
      // Only in another language than Polish: the copies sent with the originals.
      copies: 'Każdy dokument jest po polsku (wiążący oryginał) i, gdzie go mamy, w tłumaczeniu grzecznościowym.',
    },
  },
  invoiceCorrection: {
    subject: (number: string, orderNumber: string) => `Faktura korygująca ${number} — zamówienie ${orderNumber}`,
    issued: (issueDate: string, number: string, invoiceNumber: string, orderNumber: string, amount: string) =>
      `wystawiliśmy ${issueDate} fakturę korygującą ${number} do faktury ${invoiceNumber} (zamówienie ${orderNumber}). Zmniejsza ona wartość faktury o ${amount} brutto — tyle, ile zwróciliśmy.`,
    reason: (reason: string) => `Przyczyna korekty: ${reason}`,
    button: 'Pobierz fakturę korygującą (PDF)',
    xml: 'Ustrukturyzowana postać faktury (XML, Krajowy System e-Faktur):',
    pdfText: (link: string) => `Faktura korygująca (PDF): ${link}`,
    xmlText: (link: string) => `Postać ustrukturyzowana (XML, KSeF): ${link}`,
  },
  refundSent: {
    subject: (orderNumber: string) => `Zwrot pieniędzy — zamówienie ${orderNumber}`,
    done: (finalizedAt: string, amount: string, orderNumber: string) =>
      `PayU zrealizowało ${finalizedAt} zwrot ${amount} za zamówienie ${orderNumber}.`,
    way: 'Pieniądze wracają tą samą drogą, którą przyszła płatność (na konto lub kartę); bank księguje je zwykle w ciągu kilku dni roboczych.',
    wayText:
      'Pieniądze wracają tą samą drogą, którą przyszła płatność; bank księguje je zwykle w ciągu kilku dni roboczych.',
    reason: (reason: string) => `Powód zwrotu: ${reason}`,
  },
  orderWithdrawal: {
    subject: (orderNumber: string) => `Potwierdzenie odstąpienia od umowy — zamówienie ${orderNumber}`,
    received: (filedAt: string, orderNumber: string) =>
      `potwierdzamy, że ${filedAt} otrzymaliśmy Twoje oświadczenie o odstąpieniu od umowy (zamówienie ${orderNumber}) dotyczące:`,
    accessEnded: 'Dostęp do tych kursów zakończył się w chwili odstąpienia.',
    refund: (amount: string) =>
      `Zwrot ${amount} zleciliśmy w PayU — wróci tą samą drogą, którą przyszła płatność, najpóźniej w ciągu 14 dni. Napiszemy, gdy PayU go zrealizuje.`,
    refundText: (amount: string) =>
      `Zwrot ${amount} zleciliśmy w PayU — wróci tą samą drogą, którą przyszła płatność, najpóźniej w ciągu 14 dni.`,
  },
  termsChanged: {
    subject: (effectiveFrom: string) => `Zmiana regulaminu Planety od ${effectiveFrom}`,
    published: (version: string, effectiveFrom: string) =>
      `opublikowaliśmy nową wersję regulaminu platformy Planeta (wersja ${version}). Wchodzi ona w życie ${effectiveFrom}. Najważniejsze zmiany:`,
    fullText: 'Pełny tekst i opis zmian:',
    accept: 'Po zalogowaniu możesz zaakceptować nową wersję.',
    acceptText: (link: string) => `Po zalogowaniu możesz zaakceptować nową wersję: ${link}`,
    notice:
      'Jeśli się na nią nie zgadzasz, możesz do dnia jej wejścia w życie wypowiedzieć umowę o prowadzenie konta (i umowę o pakiet dla dziecka) — zasady są w § 15 regulaminu. Zamówienia złożone wcześniej zachowują warunki, które zaakceptowano przy zamówieniu.',
    button: 'Przeczytaj i zaakceptuj',
  },
  accessEnding: {
    courseSubject: (what: string) => `Dostęp do kursu „${what}” kończy się za tydzień`,
    familySubject: (what: string, childName: string) => `${what} (${childName}) kończy się za tydzień`,
    course: (what: string, lastDay: string) =>
      `dostęp do kursu „${what}” kończy się za tydzień — ostatni dzień to ${lastDay}. Do tego dnia możesz dokończyć lekcje i test końcowy. Dostęp przedłużysz, kupując kurs ponownie na jego stronie.`,
    family: (what: string, childName: string, lastDay: string) =>
      `${what} dla: ${childName} kończy się za tydzień — ostatni dzień nauki to ${lastDay}. Pakiet na kolejny rok szkolny wybierzesz na stronie pakietów.`,
    courseButton: 'Strona kursu',
    familyButton: 'Pakiety dzieci',
  },
};
