// Texts of invoicing: the buyer's address (families, consumers asking for an invoice), the
// shipping address of Premium's books, and asking for an invoice after a receipt.
export const invoices = {
  address: {
    legend: 'Dane do faktury',
    intro: 'Fakturę wystawiamy na rodzica — podaj adres zamieszkania (wymaga go ustawa o VAT).',
    remembered: 'Uzupełniliśmy adres z Twojego poprzedniego zamówienia — sprawdź, czy jest aktualny.',
    street: 'Ulica i numer domu',
    postalCode: 'Kod pocztowy',
    postalCodeHint: (example: string) => `Np. ${example}`,
    city: 'Miejscowość',
    country: 'Kraj',
    chooseCountry: 'Wybierz kraj…',
    shippingLegend: 'Wysyłka książek (Pakiet Premium)',
    shippingIntro: 'Do Pakietu Premium wysyłamy komplet lektur. Dokąd mamy je wysłać?',
    shippingSame: 'Wyślij na adres z danych do faktury',
    shippingName: 'Odbiorca',
    shippingStreet: 'Ulica i numer domu (wysyłka)',
    shippingPostalCode: 'Kod pocztowy (wysyłka)',
    shippingCity: 'Miejscowość (wysyłka)',
    shippingCountry: 'Kraj (wysyłka)',
  },
  fields: {
    street: 'Podaj ulicę i numer domu.',
    city: 'Podaj miejscowość.',
    max120: 'Najwyżej 120 znaków.',
    country: 'Wybierz kraj z listy.',
    postalCodeRequired: 'Podaj kod pocztowy.',
    postalCodeFormat: (example: string | null) =>
      example ? `Podaj kod pocztowy w formacie tego kraju, np. ${example}.` : 'Podaj poprawny kod pocztowy.',
    shippingName: 'Podaj imię i nazwisko odbiorcy.',
  },
  request: {
    title: 'Potwierdzenie zakupu i faktura',
    receipt:
      'Za to zamówienie wystawiliśmy potwierdzenie zakupu (nie jest fakturą VAT). Jeśli potrzebujesz faktury z Twoim adresem, poproś o nią poniżej.',
    download: 'Pobierz potwierdzenie zakupu (PDF)',
    until: (day: string) => `O fakturę możesz poprosić do ${day} (art. 106b ust. 3 ustawy o VAT).`,
    expired: (day: string) =>
      `Termin na prośbę o fakturę minął ${day}: zgodnie z art. 106b ust. 3 ustawy o VAT można ją złożyć w ciągu 3 miesięcy od końca miesiąca zapłaty.`,
    open: 'Poproś o fakturę',
    submit: 'Poproś o fakturę',
    done: 'Faktura została wystawiona — możesz ją pobrać w sekcji „Faktura VAT”.',
  },
  errors: {
    requestExpired:
      'Termin na prośbę o fakturę minął: można ją złożyć w ciągu 3 miesięcy od końca miesiąca, w którym zapłacono (art. 106b ust. 3 ustawy o VAT).',
    alreadyInvoiced: 'Do tego zamówienia faktura jest już wystawiona.',
    notPaid: 'Fakturę wystawimy po zaksięgowaniu płatności.',
  },
  file: {
    missing: 'Nie znaleziono dokumentu sprzedaży.',
  },
  /** Correcting invoices (faktury korygujące, art. 106j) issued for refunds. */
  corrections: {
    /** PrzyczynaKorekty: printed and sent to KSeF; `whole` when nothing is left to pay. */
    reason: (whole: boolean, why: string) => `${whole ? 'Zwrot całości ceny' : 'Zwrot części ceny'} — ${why}`,
    withdrawal: 'odstąpienie od umowy (art. 27 ustawy o prawach konsumenta)',
    resignation: (description: string) => `rezygnacja z pakietu (${description})`,
    complaint: (number: string, description: string) => `reklamacja ${number}: ${description}`,
    staff: (description: string) => description,
    heading: 'Faktury korygujące',
    intro: 'Zwrot pieniędzy dokumentuje faktura korygująca do faktury pierwotnej.',
    numbering: 'Faktura korygująca otrzymuje numer — link pojawi się za chwilę.',
    colNumber: 'Numer',
    colDate: 'Data wystawienia',
    colAmount: 'Kwota korekty (brutto)',
    colReason: 'Przyczyna',
    colFile: 'Dokument',
    amount: (amount: string) => `−${amount}`,
    download: (number: string) => `Pobierz korektę ${number} (PDF)`,
    missing: 'Nie znaleziono faktury korygującej.',
    signIn: 'Zaloguj się, aby pobrać fakturę korygującą.',
    none: 'Brak faktur korygujących.',
  },
};
