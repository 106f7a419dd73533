// Texts of the contract (billing) e-mails (emails/billing/**, centre-desk-group-cancelled.tsx), HTML
// and plain text alike. Amounts and dates arrive formatted in the reader's language. Part of the
// Polish catalogue.
import { billing } from './billing';
import { discounts } from './discounts';

export const emailsBilling = {
  myContracts: 'Moje umowy',
  payNow: 'Zapłać teraz',
  link: (label: string, link: string) => `${label}: ${link}`,
  charge: (number: string, offer: string, label: string, owed: string, due: string) =>
    `Umowa ${number} (${offer}): ${label} — ${owed}, termin płatności ${due}.`,
  desk: (place: string | null) =>
    `Możesz zapłacić gotówką lub kartą w kasie centrum${place ? ` (${place})` : ''} albo przez internet z linku poniżej.`,
  payHere: (link: string) => `Zapłać tutaj: ${link}`,
  signed: {
    subject: (number: string) => `Umowa ${number} zawarta — opłać pierwszą płatność`,
    transfer: (number: string, title: string, amount: string, proforma: string | null, due: string) =>
      `zawarliśmy umowę ${number} („${title}”). Wejdzie w życie, gdy zaksięgujemy przelew ${amount} według faktury pro forma${proforma ? ` ${proforma}` : ''} — tytuł przelewu to numer pro formy, termin: ${due}. Pro forma nie jest fakturą VAT; fakturę wystawimy po zaksięgowaniu wpłaty.`,
    card: (number: string, title: string, label: string, amount: string, due: string) =>
      `zawarliśmy umowę ${number} („${title}”). Wejdzie w życie po zaksięgowaniu pierwszej płatności: ${label}, ${amount}, termin: ${due}.`,
    proformaButton: 'Pobierz fakturę pro forma',
    proformaText: 'Faktura pro forma',
    schedule: 'Harmonogram płatności:',
    scheduleLine: (label: string, amount: string, due: string) => `${label}: ${amount}, termin ${due}`,
    withdrawal: (version: string) =>
      `Regulamin w wersji ${version}. Od umowy zawartej na odległość możesz odstąpić w ciągu 14 dni bez podania przyczyny; zwrot wpłat nastąpi w ciągu 14 dni od otrzymania oświadczenia.`,
  },
  paid: {
    subject: (number: string) => `Płatność przyjęta — umowa ${number}`,
    received: (amount: string, label: string, number: string, title: string) =>
      `przyjęliśmy płatność ${amount} (${label}) do umowy ${number} („${title}”).`,
    activated: 'Umowa weszła w życie — dostęp jest już aktywny.',
    resumed: 'Dostęp został przywrócony. Nowy miesięczny okres rozliczeniowy liczymy od dnia tej płatności.',
    paidThrough: (day: string) => `Opłacone do: ${day}.`,
    next: (amount: string, due: string) => `Następna płatność: ${amount}, termin ${due}.`,
    classes: (link: string) => `Zajęcia, dołączanie do nich i materiały: ${link}`,
    invoice:
      'Fakturę VAT za tę płatność pobierzesz ze strony umowy w serwisie (kolumna „Dokumenty”), gdy tylko zostanie wystawiona.',
    classesButton: 'Przejdź do zajęć',
  },
  cardDeclined: {
    subject: (number: string) => `Nie udało się pobrać płatności z karty — umowa ${number}`,
    card: (label: string | null) => (label ? `zapisanej karty ${label}` : 'zapisanej karty'),
    declined: (card: string, amount: string, label: string, number: string) =>
      `bank odrzucił obciążenie ${card} kwotą ${amount} (${label}, umowa ${number}).`,
    due: (day: string) => `Termin płatności: ${day}.`,
    payFrom:
      'Zapłać, proszę, z linku poniżej (kartą, BLIK-iem lub przelewem). Płatność kartą zapisze ją na kolejne miesiące.',
    payFromText: (link: string) => `Zapłać z linku (kartą, BLIK-iem lub przelewem): ${link}`,
    late: 'Jeśli płatność nie wpłynie w terminie, dostęp zostanie wstrzymany zgodnie z umową.',
  },
  payLink: {
    subject: (label: string, number: string) => `Do zapłaty: ${label} — umowa ${number}`,
    lead: 'przygotowaliśmy kolejną płatność w ramach Twojej umowy.',
    note: 'Płatność z tego linku tworzymy dopiero, gdy go otworzysz, więc link działa aż do terminu płatności.',
  },
  reminder: {
    subject: (number: string) => `Przypomnienie o płatności — umowa ${number}`,
    dueToday: 'Termin płatności mija dziś.',
    before: (days: number) => (days === 1 ? 'Termin płatności mija jutro.' : `Termin płatności mija za ${days} dni.`),
    after: (days: number) =>
      days === 1
        ? 'Termin płatności minął wczoraj i nie widzimy jeszcze wpłaty.'
        : `Termin płatności minął ${days} dni temu i nie widzimy jeszcze wpłaty.`,
    ignore: 'Jeśli płatność została już wykonana, zignoruj tę wiadomość.',
  },
  suspended: {
    subject: (number: string) => `Dostęp zawieszony — umowa ${number}`,
    lead: 'nie otrzymaliśmy płatności w terminie, dlatego dostęp do kursu został zawieszony.',
    back: 'Po zapłacie dostęp wróci od razu, a kolejny okres rozliczeniowy będzie liczony od dnia wpłaty.',
    ends: (day: string) => `Jeśli płatność nie wpłynie, umowa wygaśnie ${day}.`,
  },
  demand: {
    subject: (number: string) => `Wezwanie do zapłaty — umowa ${number}`,
    lead: (day: string) => `wzywamy do zapłaty zaległej należności w terminie do ${day}.`,
    notice: 'Jeśli należność nie zostanie zapłacona w tym terminie, możemy wypowiedzieć umowę z zachowaniem 7 dni.',
  },
  terminationNotice: {
    subject: (number: string) => `Wypowiedzenie umowy ${number}`,
    lead: (day: string) =>
      `mimo wezwania do zapłaty należność nie została uregulowana. Wypowiadamy umowę z zachowaniem 7 dni: umowa wygaśnie ${day}, jeśli do tego dnia nie otrzymamy płatności.`,
  },
  terminated: {
    subject: (number: string) => `Umowa ${number} zakończona`,
    unpaid: (number: string, offer: string) =>
      `z powodu braku płatności umowa ${number} (${offer}) wygasła, a dostęp do kursu został zakończony.`,
    notice: (number: string, offer: string) =>
      `zgodnie z wypowiedzeniem umowa ${number} (${offer}) dobiegła końca, a dostęp do kursu został zakończony. Dziękujemy za wspólną naukę.`,
    owes: 'Zaległa należność pozostaje do zapłaty:',
  },
  voided: {
    subject: (number: string) => `Zamówienie wygasło — umowa ${number}`,
    lead: 'nie otrzymaliśmy pierwszej płatności w terminie, dlatego zamówienie wygasło, a dostęp został zablokowany. Z tej umowy nie ma nic do zapłaty. Jeśli nadal chcesz skorzystać z oferty, złóż zamówienie ponownie.',
  },
  discount: {
    /** The names of ContractDiscount.type (those of the discounts area, where it has the language). */
    types: discounts.types,
    acceptedSubject: (discount: string, number: string) => `${discount} przyznany — umowa ${number}`,
    rejectedSubject: (discount: string, number: string) => `${discount} nie przysługuje — umowa ${number}`,
    referral: (number: string, offer: string, charge: string) =>
      `za polecenie nowego klienta przyznaliśmy Ci rabat w umowie ${number} (${offer}). Odliczyliśmy go od płatności: ${charge}.`,
    accepted: (discount: string, number: string, offer: string) =>
      `zweryfikowaliśmy rabat „${discount}” w umowie ${number} (${offer}) — przysługuje, harmonogram płatności się nie zmienia.`,
    rejected: (discount: string, number: string, offer: string, reason: string) =>
      `po weryfikacji rabat „${discount}” w umowie ${number} (${offer}) nie przysługuje. Powód: ${reason}`,
    fullPrice: 'Zgodnie z regulaminem obowiązuje pełna cena zajęć.',
    raised: (amount: string) => ` Kolejne płatności wzrosły łącznie o ${amount}.`,
    topUp: (amount: string, due: string) =>
      `Za już opłacone płatności naliczyliśmy dopłatę ${amount} — termin płatności: ${due}.`,
    withdraw: (day: string) =>
      `Jeśli pełna cena Ci nie odpowiada, masz prawo odstąpić od umowy do ${day} — w „Moich umowach” albo przez formularz kontaktowy. Zwrócimy wtedy wpłacone kwoty (poza bezzwrotnym Pakietem Kursanta).`,
    payTopUp: 'Zapłać dopłatę',
    droppedSubject: (number: string) => `Utrata rabatu Akcji Kontynuacja — umowa ${number}`,
    dropped: (number: string, offer: string, raised: string | null) =>
      `w umowie ${number} (${offer}) jedna z płatności jest zaległa ponad 30 dni, więc zgodnie z regulaminem promocji (§2 ust. 5) rabat Akcji Kontynuacja przestał przysługiwać. ` +
      `Pozostałe płatności są teraz w pełnej cenie${raised ? ` (łącznie o ${raised} więcej)` : ''}. Już opłacone zostają bez zmian.`,
  },
  notice: {
    /** The settlement's lines (those of the billing area, where it has the language). */
    quote: billing.quote,
    subject: (number: string, withdrawal: boolean) =>
      withdrawal ? `Odstąpienie od umowy ${number} przyjęte` : `Wypowiedzenie umowy ${number} przyjęte`,
    withdrawal: (number: string, title: string, day: string) =>
      `przyjęliśmy odstąpienie od umowy ${number} („${title}”). Umowa zakończyła się ${day}.`,
    notice: (number: string, title: string, day: string) =>
      `przyjęliśmy wypowiedzenie umowy ${number} („${title}”). Ostatni dzień umowy i dostępu: ${day}.`,
    refund: (amount: string, by: string | null) =>
      `Zwrócimy ${amount}${by ? ` najpóźniej do ${by}` : ''}, tą samą metodą płatności.`,
    owed: (amount: string) => `Do zapłaty pozostaje: ${amount}.`,
  },
  groupCancelled: {
    subject: (number: string) => `Grupa odwołana — umowa ${number}`,
    how: {
      payu: 'przez PayU, na konto, z którego przyszła płatność',
      staff: 'przelewem lub w kasie centrum',
      mixed: 'przez PayU oraz (za wpłaty w kasie lub przelewem) przelewem lub w kasie centrum',
    },
    cancelled: (title: string, child: string, reason: string, number: string) =>
      `z przykrością informujemy, że grupa „${title}”, do której zapisane jest dziecko ${child}, została odwołana (${reason}). Umowa ${number} kończy się, a kolejne raty nie będą pobierane.`,
    held: (held: number, classes: number) =>
      `Odbyło się ${held} z ${classes} zajęć. Zwracamy wpłaty za zajęcia, które się nie odbędą, proporcjonalnie do ich liczby; Pakiet Kursanta nie podlega zwrotowi.`,
    refund: (amount: string, how: string, by: string) => `Kwota zwrotu: ${amount} — ${how}, najpóźniej do ${by}.`,
    noRefund:
      'Wpłaty nie przekraczają wartości zajęć, które się odbyły, więc nie ma kwoty do zwrotu i nic więcej nie jest należne.',
  },
};
