// Texts of the language school's sign-up without an account (/jezyk-polski/zapisy) and of the
// account's activation when the first payment is booked (razem B1–B4).
export const languageSignup = {
  title: 'Zapisy na kurs języka polskiego',
  intro: (programme: string) =>
    `${programme}: wypełnij formularz, wybierz poziom i sposób płatności. Konto założymy od razu, a dane do logowania wyślemy e-mailem, gdy zaksięgujemy pierwszą płatność.`,
  back: 'Kurs języka polskiego',
  noProgramme: 'Zapisy na kurs języka polskiego są teraz zamknięte.',
  signedIn: (name: string) =>
    `Jesteś zalogowany jako ${name}: umowę zawrzesz na swoim koncie. Podaj tylko datę urodzenia, poziom i plan płatności.`,
  placementUsed: (cefr: string) => `Poziom ${cefr} podpowiadamy na podstawie Twojego testu kwalifikacyjnego.`,
  placementTest: 'Nie znasz swojego poziomu? Zrób test kwalifikacyjny',
  person: 'Twoje dane',
  firstName: 'Imię',
  lastName: 'Nazwisko',
  email: 'E-mail',
  emailHint: 'Na ten adres wyślemy potwierdzenie umowy z dokumentami, a po płatności login i link do ustawienia hasła.',
  phone: 'Telefon (opcjonalnie)',
  birthDate: 'Data urodzenia',
  birthDateHint: (minAge: number) => `Umowę może zawrzeć osoba, która ukończyła ${minAge} lat.`,
  level: 'Poziom',
  levelLabel: 'Poziom, od którego zaczynasz',
  levelOption: (cefr: string, title: string) => (title.includes(cefr) ? title : `${cefr} — ${title}`),
  plan: 'Plan płatności',
  plans: {
    MONTHLY: {
      label: (price: string) => `Co miesiąc z góry — ${price} miesięcznie`,
      hint: 'Płacisz za każdy miesiąc z góry; wypowiedzenie w każdej chwili ze skutkiem na koniec opłaconego miesiąca.',
    },
    FULL: {
      label: (price: string) => `Cały poziom z góry — ${price}`,
      hint: 'Jedna płatność za cały poziom.',
    },
  },
  noMonthly: 'Ten poziom można opłacić tylko z góry w całości.',
  payMethod: 'Jak chcesz płacić co miesiąc?',
  payMethods: {
    CARD: { label: 'Kartą', hint: 'Zapiszemy kartę przy pierwszej płatności i obciążymy ją w kolejnych miesiącach.' },
    LINK: { label: 'Linkiem z e-maila', hint: 'Co miesiąc wyślemy link do płatności (BLIK, przelew, karta).' },
  },
  consents: 'Umowa',
  termsBefore: 'Akceptuję',
  termsLink: 'regulamin',
  termsAfter: 'i zawieram umowę o kurs na czas nieokreślony.',
  withdrawalReceived:
    'Potwierdzam otrzymanie pouczenia o prawie odstąpienia od umowy oraz wzoru formularza odstąpienia od umowy.',
  withdrawalLinks: 'Pouczenie i wzór formularza:',
  instructionLink: 'pouczenie o prawie odstąpienia (PDF)',
  formLink: 'wzór formularza odstąpienia (PDF)',
  // Beside each for a reader of another language: its courtesy translation.
  copyLink: 'tłumaczenie',
  withdrawalNote: 'Oba dokumenty wyślemy też e-mailem razem z regulaminem, jako pliki PDF.',
  immediateStart: 'Żądam rozpoczęcia kursu przed upływem 14 dni na odstąpienie od umowy (opcjonalnie).',
  immediateStartNote:
    'Bez tego żądania możesz korzystać z kursu od razu po płatności, a przy odstąpieniu w ciągu 14 dni zwrócimy całą wpłatę. Z żądaniem — przy odstąpieniu zapłacisz proporcjonalnie za okres kursu do chwili odstąpienia.',
  payNote: 'Umowa wejdzie w życie, gdy zaksięgujemy pierwszą płatność. Po kliknięciu przejdziesz do płatności PayU.',
  submit: 'Zawieram umowę z obowiązkiem zapłaty',
  errors: {
    firstName: 'Podaj imię.',
    lastName: 'Podaj nazwisko.',
    email: 'Podaj poprawny adres e-mail, np. jan@example.com.',
    emailTaken:
      'Konto z tym adresem e-mail już istnieje. Zaloguj się (albo odzyskaj hasło) i wróć na tę stronę — zapiszesz się na swoim koncie.',
    emailPending:
      'Na ten adres czeka już zapis, który nie został opłacony. Otwórz link do płatności z e-maila z potwierdzeniem umowy albo napisz do sekretariatu.',
    birthDate: 'Podaj datę urodzenia.',
    birthDateFuture: 'Data urodzenia nie może być w przyszłości.',
    tooYoung: (minAge: number) => `Umowę o kurs może zawrzeć osoba, która ukończyła ${minAge} lat.`,
    level: 'Wybierz poziom.',
    plan: 'Wybierz plan płatności dostępny dla tego poziomu.',
    terms: 'Aby zawrzeć umowę, zaakceptuj regulamin.',
    withdrawal: 'Potwierdź otrzymanie pouczenia o prawie odstąpienia i wzoru formularza.',
    phone: 'Podaj numer telefonu cyframi, np. +48 600 100 200.',
    alreadyLearner: 'Masz już zapis na ten kurs. Szczegóły umowy znajdziesz w zakładce Umowy na swoim koncie.',
  },
  contractFormNumber: (n: string) => `Numer umowy: ${n}`,
  /** The documents shown before signing: the contract has no number or party yet. */
  preview: {
    number: 'nadamy go po zawarciu umowy',
    buyer: 'osoba zawierająca umowę w formularzu zapisu',
    fileNames: { withdrawalInstruction: 'pouczenie-o-odstapieniu.pdf', withdrawalForm: 'formularz-odstapienia.pdf' },
  },
  instructionOnline: (url: string) =>
    `Mogą Państwo również odstąpić od umowy na stronie umowy (${url}) przyciskiem „Sprawdź warunki zakończenia”, a potem „Potwierdzam zakończenie umowy”. Jeżeli skorzystają Państwo z tej możliwości, prześlemy Państwu niezwłocznie potwierdzenie otrzymania informacji o odstąpieniu od umowy na trwałym nośniku (e-mailem).`,
};
