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
