// Texts of the company admin's group dashboard (the tiles and charts on /grupy/[id] and in the
// final report's PDF). Part of the Polish catalogue, under groups.dashboard.
import { formatCount, pluralPl } from '@/lib/format/plural';
import { formatPercent } from '@/lib/format/percent';

const people = (n: number) => `${formatCount(n)} ${pluralPl(n, 'uczestnik', 'uczestników', 'uczestników')}`;
const pct = (n: number) => formatPercent(n, 'pl');

export const groupsDashboard = {
  heading: 'Jak idzie grupie',
  intro: 'Stan na dziś — liczby są policzone za Ciebie, szczegóły każdej osoby są w tabeli niżej.',
  tilesLabel: 'Najważniejsze liczby grupy',
  tiles: {
    participants: 'Uczestnicy',
    participantsHint: (seats: number) => `z ${formatCount(seats)} kupionych miejsc`,
    passed: 'Zdali test',
    passedHint: (n: number, of: number) => `${pct(of > 0 ? Math.round((n / of) * 1000) / 10 : 0)} uczestników`,
    notLoggedIn: 'Jeszcze się nie zalogowali',
    notLoggedInHint: 'warto im przypomnieć o dostępie',
    notLoggedInNone: 'wszyscy już zaczęli',
    daysLeft: 'Dni dostępu do końca',
    daysLeftHint: (lastDay: string) => `ostatni dzień: ${lastDay}`,
    unlimited: 'bez limitu',
    unlimitedHint: 'dostęp nie wygasa',
    ended: 'dostęp już wygasł',
  },
  states: {
    notLoggedIn: 'Nie zalogowali się',
    learning: 'Uczą się',
    passed: 'Zdali test',
    failed: 'Nie zdali testu',
  },
  stateChart: {
    title: 'Uczestnicy według stanu',
    valueLabel: 'Uczestnicy',
    categoryLabel: 'Stan',
    summary: (total: number, c: { notLoggedIn: number; learning: number; passed: number; failed: number }) =>
      `Z ${people(total)}: ${formatCount(c.passed)} zdało test, ${formatCount(c.failed)} go nie zdało ` +
      `(bez zaliczonego podejścia), ${formatCount(c.learning)} się uczy (zalogowali się, testu jeszcze nie ` +
      `rozwiązali), ${formatCount(c.notLoggedIn)} jeszcze się nie zalogowało.`,
  },
  progressChart: {
    title: 'Postępy tydzień po tygodniu',
    xLabel: 'Tydzień od poniedziałku',
    yLabel: 'Odsetek',
    averageSeries: 'Średnio ukończonych lekcji',
    allDoneSeries: 'Uczestnicy po wszystkich lekcjach',
    summary: (weeks: number, from: string, to: string, average: number, allDone: number) =>
      `${formatCount(weeks)} ${pluralPl(weeks, 'tydzień', 'tygodnie', 'tygodni')} od ${from} do ${to}. ` +
      `Na koniec ostatniego tygodnia uczestnicy mieli ukończone średnio ${pct(average)} lekcji kursu, ` +
      `a wszystkie lekcje ukończyło ${pct(allDone)} uczestników.`,
    empty: 'Dostęp jeszcze się nie zaczął — nie ma tygodni do pokazania.',
  },
  scoreChart: {
    title: 'Wyniki testu końcowego',
    xLabel: 'Najlepszy wynik (%)',
    yLabel: 'Uczestnicy',
    passMark: (mark: number) => `Próg zaliczenia ${pct(mark)}`,
    summary: (tested: number, total: number, passed: number, mark: number, average: number) =>
      `Test rozwiązało ${formatCount(tested)} z ${people(total)}; próg zaliczenia to ${pct(mark)}, ` +
      `zdało ${formatCount(passed)}, nie zdało ${formatCount(tested - passed)}. ` +
      `Średni najlepszy wynik: ${pct(average)}.`,
    none: (total: number, mark: number) =>
      `Nikt z ${people(total)} nie rozwiązał jeszcze testu końcowego (próg zaliczenia: ${pct(mark)}).`,
  },
  /** The final report's PDF: its page of charts. */
  report: {
    heading: 'Podsumowanie w liczbach',
    asOf: (day: string) => `Stan na ${day} (dzień zbudowania raportu).`,
    daysLeft: (n: number, lastDay: string) =>
      `Dostęp tych kont: jeszcze ${formatCount(n)} ${pluralPl(n, 'dzień', 'dni', 'dni')} (ostatni dzień: ${lastDay}).`,
    ended: (lastDay: string) => `Dostęp tych kont wygasł (ostatni dzień: ${lastDay}).`,
    unlimited: 'Dostęp tych kont nie wygasa.',
  },
};
