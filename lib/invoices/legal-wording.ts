// The invoice PDF's wording. It is legally required Polish (art. 106e of the VAT act names the
// elements and the tax office reads them in Polish), so it stays here, exempt from the catalogue,
// whatever language the rest of the interface is in.
/** A service is sold, not goods counted in pieces: the unit is "usł." (usługa). */
export const SERVICE_UNIT = 'usł.';

export const INVOICE = {
  title: 'Faktura VAT',
  number: (n: string) => `nr ${n}`,
  place: 'Miejsce wystawienia:',
  issueDate: 'Data wystawienia:',
  saleDate: 'Data sprzedaży:',
  seller: 'Sprzedawca',
  buyer: 'Nabywca',
  nip: (nip: string) => `NIP: ${nip}`,
  bankAccount: (account: string) => `Nr rachunku: ${account}`,
  // Computed from gross prices (art. 106e ust. 7), so the unit price is the gross one.
  columns: [
    'Lp.',
    'Nazwa towaru lub usługi',
    'Ilość',
    'J.m.',
    'Cena jedn. brutto',
    'Rabat',
    'Wartość netto',
    'Stawka VAT',
    'Kwota VAT',
    'Wartość brutto',
  ],
  discountOf: (label: string) => `(${label.toLowerCase()})`,
  shipTo: 'Adres dostawy (lektury)',
  orderRef: 'Zamówienie:',
  total: 'Razem',
  ofWhich: 'w tym',
  toPay: (amount: string) => `Razem do zapłaty: ${amount}`,
  inWords: (words: string) => `słownie: ${words}`,
  paid: (method: string) => `Zapłacono: ${method}`,
  paymentMethod: (method: string) => `Sposób płatności: ${method}`,
  vatInPln: 'Kwota VAT w złotych (art. 106e ust. 11 ustawy o VAT):',
  noNbpRate:
    'brak kursu średniego NBP z ostatniego dnia roboczego przed dniem sprzedaży w tabeli kursów — do uzupełnienia.',
  vatInPlnTotal: (perRate: string, total: string) => `${perRate}; razem ${total}`,
  nbpRate: (day: string, currency: string, rate: string) =>
    `Przeliczono po kursie średnim NBP z dnia ${day}: 1 ${currency} = ${rate} PLN.`,
  footer: (number: string, page: number, total: number) => `Faktura VAT ${number} · strona ${page} z ${total}`,
} as const;

// A consumer who did not ask for an invoice gets this purchase confirmation instead. Online
// sales paid wholly through a bank or payment institution, with records showing what each
// payment was for, are exempt from the cash register (rozporządzenie MF w sprawie zwolnień z
// obowiązku prowadzenia ewidencji przy zastosowaniu kas rejestrujących, załącznik poz. 37).
export const RECEIPT = {
  title: 'Potwierdzenie zakupu',
  number: (order: string) => `do zamówienia ${order}`,
  saleDate: 'Data sprzedaży i zapłaty:',
  buyer: 'Kupujący',
  notInvoice: 'Ten dokument nie jest fakturą VAT.',
  cashRegister:
    'Sprzedaż zwolniona z obowiązku ewidencji przy zastosowaniu kasy rejestrującej: zapłata w całości za pośrednictwem instytucji płatniczej (PayU), a z ewidencji i dowodów zapłaty wynika, jakiej czynności dotyczyła.',
  requestInvoice: (until: string) =>
    `Fakturę VAT z Twoimi danymi wystawimy na żądanie zgłoszone do ${until} (art. 106b ust. 3 ustawy o VAT): na stronie zamówienia wybierz „Poproś o fakturę”.`,
  total: 'Razem zapłacono',
  footer: (order: string, page: number, total: number) =>
    `Potwierdzenie zakupu do zamówienia ${order} · strona ${page} z ${total}`,
} as const;

// The KSeF marks of an invoice's visualisation (kody-qr.md): under KOD I its KSeF number, or
// OFFLINE while it has none; under KOD II (offline invoices) CERTYFIKAT. The labels are the
// documentation's, the rest says what the codes are for.
export const KSEF = {
  number: (n: string) => `Numer KSeF: ${n}`,
  heading: 'Weryfikacja w Krajowym Systemie e-Faktur (KSeF)',
  offline: 'OFFLINE',
  certificate: 'CERTYFIKAT',
  accepted: 'Faktura została przyjęta w KSeF pod numerem podanym pod kodem QR.',
  awaitingNumber: 'Faktura oczekuje na nadanie numeru w KSeF.',
  offlinePending: 'Faktura wystawiona w trybie offline; zostanie przesłana do KSeF, który nada jej numer.',
  offlineSent: 'Faktura wystawiona w trybie offline i przesłana do KSeF pod numerem podanym pod kodem QR.',
  scan: 'Zeskanuj lub kliknij kod QR, aby sprawdzić fakturę w KSeF i pobrać jej plik XML:',
  certificateNote: 'Kod CERTYFIKAT potwierdza tożsamość wystawcy faktury (certyfikat KSeF).',
} as const;

// A correcting invoice (art. 106j ust. 2 of the VAT act): its number and date, the corrected
// invoice's number, date and KSeF number (pkt 2a), the parties and sale date of the corrected
// invoice, the reason, and the change of the taxable amount and of the tax per VAT rate (pkt 5).
export const CORRECTION = {
  title: 'Faktura korygująca',
  number: (n: string) => `nr ${n}`,
  ofInvoice: (number: string, date: string) => `do faktury nr ${number} z dnia ${date}`,
  correctedKsef: (ksefNumber: string) => `Numer KSeF faktury korygowanej: ${ksefNumber}`,
  reason: 'Przyczyna korekty:',
  before: 'Przed korektą',
  after: 'Po korekcie',
  difference: 'Różnica (kwota korekty)',
  byRate: 'Podsumowanie według stawek VAT',
  byRateColumns: ['', 'Stawka VAT', 'Wartość netto', 'Kwota VAT', 'Wartość brutto'],
  rowBefore: 'przed korektą',
  rowAfter: 'po korekcie',
  rowDifference: 'różnica',
  totalBefore: 'Razem przed korektą',
  totalAfter: 'Razem po korekcie',
  totalDifference: 'Razem różnica',
  toReturn: (amount: string) => `Kwota do zwrotu: ${amount}`,
  toPay: (amount: string) => `Kwota do zapłaty: ${amount}`,
  vatInPln: 'Kwota korekty VAT w złotych (art. 106e ust. 11 ustawy o VAT):',
  footer: (number: string, page: number, total: number) => `Faktura korygująca ${number} · strona ${page} z ${total}`,
} as const;
