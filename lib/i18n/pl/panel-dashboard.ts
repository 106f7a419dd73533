// Texts of the staff home (/panel, lib/panel/dashboard): the queues, money, overdue payments,
// contracts and live classes, each with the sentence its chart says in numbers. Part of the
// Polish catalogue, under `panel.dashboard`.
import { formatCount, pluralPl } from '@/lib/format/plural';

const n = (count: number, one: string, few: string, many: string) =>
  `${formatCount(count)} ${pluralPl(count, one, few, many)}`;

export const panelDashboard = {
  intro: (when: string) => `Stan na ${when}. Kafelki prowadzą do list, z których policzono liczby.`,
  sections: {
    queues: 'Do załatwienia',
    money: 'Sprzedaż i zwroty',
    overdue: 'Zaległe płatności',
    contracts: 'Umowy',
    classes: 'Zajęcia na żywo',
    platform: 'Platforma',
  },
  queues: {
    agreements: 'Umowy powierzenia do sprawdzenia',
    reports: 'Raporty końcowe do zatwierdzenia',
    complaints: 'Reklamacje bez odpowiedzi',
    discounts: 'Rabaty do weryfikacji',
    classChanges: 'Wnioski o zmianę klasy',
    ksefRejected: 'Faktury odrzucone przez KSeF',
    mailFailing: 'E-maile z błędem wysyłki',
    accounts: 'Konta',
    courses: 'Kursy',
  },
  queueEmpty: 'nic nie czeka',
  oldest: (age: string) => `najstarsze czeka ${age}`,
  complaintsLate: (late: number, age: string) =>
    `po terminie odpowiedzi: ${formatCount(late)}; najstarsza czeka ${age}`,
  age: {
    hours: (h: number) => (h < 1 ? 'mniej niż godzinę' : n(h, 'godzinę', 'godziny', 'godzin')),
    days: (d: number) => n(d, 'dzień', 'dni', 'dni'),
  },
  money: {
    salesToday: 'Sprzedaż dziś',
    salesMonth: 'Sprzedaż w tym miesiącu',
    refundsToday: 'Zwroty dziś',
    refundsMonth: 'Zwroty w tym miesiącu',
    payments: (count: number) => n(count, 'wpłata', 'wpłaty', 'wpłat'),
    refunds: (count: number) => n(count, 'zwrot', 'zwroty', 'zwrotów'),
    refundsPending: (count: number, amount: string) => `${n(count, 'zwrot', 'zwroty', 'zwrotów')} w toku: ${amount}`,
    /** Amounts in other currencies, listed beside the złoty figure. */
    plus: (other: string) => `oraz ${other}`,
    chartTitle: 'Sprzedaż w tym miesiącu według produktu',
    chartSummary: (total: string, top: string, topAmount: string) =>
      `W tym miesiącu sprzedano za ${total}; najwięcej: ${top} (${topAmount}).`,
    chartEmpty: 'W tym miesiącu nie wpłynęła jeszcze żadna wpłata w złotych.',
    valueLabel: 'Sprzedaż brutto',
    categoryLabel: 'Produkt',
    otherCurrencies: (list: string) => `Sprzedaż w innych walutach, bez przeliczania na złote: ${list}.`,
    tableTitle: 'Sprzedaż według produktu: dziś i w tym miesiącu',
    colProduct: 'Produkt',
    colCurrency: 'Waluta',
    colToday: 'Dziś',
    colMonth: 'W tym miesiącu',
    colCount: 'Wpłaty w miesiącu',
  },
  products: {
    course: 'Kursy on-line',
    group: 'Pakiety grupowe dla firm',
    family: 'Pakiety rodzinne',
    razem: 'Kursy „razem”',
    live: 'Matematyka Live',
    centre: 'Centra nauki',
    licence: 'Licencje szkolne',
    language: 'Szkoła językowa',
    other: 'Inne',
  } as Record<string, string>,
  overdue: {
    total: 'Zaległe razem',
    charges: (count: number) => n(count, 'opłata po terminie', 'opłaty po terminie', 'opłat po terminie'),
    none: 'brak zaległości',
    over30Tile: 'Zaległe ponad 30 dni',
    chartTitle: 'Zaległe płatności według czasu po terminie',
    valueLabel: 'Kwota zaległa',
    categoryLabel: 'Dni po terminie',
    buckets: { upTo7: '0–7 dni', upTo14: '8–14 dni', upTo30: '15–30 dni', over30: 'ponad 30 dni' },
    summary: (total: string, count: number, old: string) =>
      `Po terminie jest ${n(count, 'opłata', 'opłaty', 'opłat')} na ${total}; z tego ponad 30 dni: ${old}.`,
    summaryNone: 'Żadna opłata nie jest po terminie.',
    otherCurrencies: (list: string) => `Zaległości w innych walutach: ${list}.`,
  },
  contracts: {
    chartTitle: 'Umowy według stanu',
    valueLabel: 'Liczba umów',
    categoryLabel: 'Stan',
    summary: (total: number, active: number, suspended: number, pending: number) =>
      `${n(total, 'umowa', 'umowy', 'umów')} w sumie; aktywne: ${formatCount(active)}, zawieszone: ${formatCount(suspended)}, czekają na pierwszą płatność: ${formatCount(pending)}.`,
  },
  classes: {
    taken: 'Zajęte miejsca na najbliższych zajęciach',
    takenHint: (groups: number, percent: string) => `${n(groups, 'grupa', 'grupy', 'grup')}, obłożenie ${percent}`,
    belowMinimum: 'Grupy poniżej minimum',
    belowMinimumHint: 'zapisanych mniej, niż wymaga grupa',
    noneBelow: 'wszystkie grupy mają minimum',
    tableTitle: 'Obłożenie grup na najbliższych zajęciach (14 dni)',
    colGroup: 'Grupa',
    colWhen: 'Najbliższe zajęcia',
    colSeats: 'Zajęte miejsca',
    colMinimum: 'Minimum',
    below: 'poniżej minimum',
    seatsOf: (taken: number, capacity: number) => `${formatCount(taken)} z ${formatCount(capacity)}`,
    none: 'W ciągu 14 dni nie ma zaplanowanych zajęć grup.',
    more: (count: number) => `i ${n(count, 'grupa', 'grupy', 'grup')} więcej`,
    all: 'Wszystkie zajęcia',
  },
};
