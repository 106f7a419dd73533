// The invoice PDF's wording. It is legally required Polish (art. 106e of the VAT act names the
// elements and the tax office reads them in Polish), so it stays here, exempt from the catalogue,
// whatever language the rest of the interface is in.
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
  columns: [
    'Lp.',
    'Nazwa towaru lub usługi',
    'Ilość',
    'J.m.',
    'Cena netto',
    'Wartość netto',
    'Stawka VAT',
    'Kwota VAT',
    'Wartość brutto',
  ],
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
