// The matura planner's frame (issue 23): its tabs, the licence banner and the gates' refusals.
import { pluralPl } from '@/lib/format/plural';

const uczniow = (n: number) => `${n} ${pluralPl(n, 'ucznia', 'uczniów', 'uczniów')}`;
const dni = (n: number) => `${n} ${pluralPl(n, 'dzień', 'dni', 'dni')}`;

export const planner = {
  title: 'Planer maturalny',
  open: 'Otwórz planer maturalny',
  tabs: {
    overview: 'Przegląd',
    students: 'Uczniowie',
    summaries: 'Podsumowania',
    rooms: 'Sale i zespoły',
    teachers: 'Nauczyciele',
    printouts: 'Wydruki i eksporty',
    school: 'Szkoła i zespół',
    licence: 'Licencja',
  },
  tabsLabel: 'Sekcje planera',
  overview: {
    intro: (year: number) =>
      `Plan matury ${year}: uczniowie i ich deklaracje, podsumowania dla OKE, sale i zespoły nadzorujące oraz wydruki.`,
    students: 'Uczniowie na liście',
    classes: 'Klasy',
    complete: 'Deklaracje kompletne',
    withErrors: 'Deklaracje z błędami',
    empty: 'Bez deklaracji',
    unchecked: 'Niesprawdzone z papierową',
    deadline: (day: string) => `Termin deklaracji: ${day}.`,
    locked: (day: string) => `Termin deklaracji minął ${day}: zmiany tylko po odblokowaniu przez dyrektora.`,
    next: 'Co dalej',
    steps: [
      'Wpisz uczniów albo zaimportuj ich listę z pliku (zakładka Uczniowie).',
      'Wypełnij deklarację każdego ucznia i sprawdź ją z deklaracją papierową.',
      'Sprawdź podsumowania — liczby uczniów na przedmiotach i poziomach zamawiasz w OKE.',
      'Dodaj sale i nauczycieli, wyznacz zespoły nadzorujące; dyrektor je zatwierdza.',
      'Pobierz wydruki: deklaracje do podpisu, listy sal, powołania zespołów.',
    ],
    // Issue 26: the overview's tiles, charts and what still needs doing in rooms and teams.
    dashboard: {
      tilesLabel: 'Stan przygotowań w liczbach',
      classesHint: (n: number) => `${n} ${pluralPl(n, 'klasa', 'klasy', 'klas')}`,
      uncheckedHint: 'deklaracje do porównania z papierowymi',
      checked: 'Sprawdzone z papierową',
      checkedHint: (checked: number, students: number) => `${checked} z ${students} uczniów`,
      daysLeft: 'Do terminu deklaracji',
      daysLeftValue: (n: number) => (n === 0 ? 'dziś' : dni(n)),
      daysLeftHint: (day: string) => `ostatni dzień: ${day}`,
      daysPassed: 'Termin minął',
      daysPassedHint: (day: string) => `ostatni dzień był ${day}`,
      ofStudents: (n: number, students: number) =>
        students === 0 ? 'brak uczniów' : `${Math.round((100 * n) / students)}% uczniów`,
      subjects: {
        title: 'Uczniowie na przedmiotach i poziomach (części pisemne)',
        valueLabel: 'Uczniowie',
        categoryLabel: 'Egzamin',
        summary: (exams: number, top: string, topStudents: number) =>
          `${exams} ${pluralPl(exams, 'egzamin pisemny', 'egzaminy pisemne', 'egzaminów pisemnych')} do zamówienia w OKE; najwięcej uczniów zdaje ${top} (${topStudents}).`,
        none: 'Nikt nie zadeklarował jeszcze egzaminu pisemnego: liczby do zamówienia w OKE pojawią się tu z pierwszą deklaracją.',
        more: 'Wszystkie liczby, także części ustne i klasy: Podsumowania',
      },
      declarations: {
        title: 'Stan deklaracji',
        valueLabel: 'Uczniowie',
        categoryLabel: 'Stan',
        summary: (students: number, complete: number, withErrors: number, empty: number, checked: number) =>
          `Z ${uczniow(students)}: ${complete} z kompletną deklaracją, ${withErrors} z błędami, ${empty} bez deklaracji; ${checked} ${pluralPl(checked, 'sprawdzony', 'sprawdzonych', 'sprawdzonych')} z deklaracją papierową.`,
        none: 'Na liście nie ma jeszcze uczniów.',
      },
      teams: {
        title: 'Sale i zespoły nadzorujące',
        intro: 'Sesje, na które szkoła ma zdających, i to, czego jeszcze brakuje w salach i zespołach (zasady Z1–Z5).',
        chartTitle: 'Zespoły nadzorujące w salach',
        noRooms:
          'Żadna sala nie ma jeszcze przypisanej sesji egzaminu: dodaj sale i ich sesje w zakładce Sale i zespoły.',
        valueLabel: 'Sale na sesjach',
        categoryLabel: 'Stan zespołu',
        ready: 'Zespół bez uwag',
        withWarnings: 'Zespół z uwagami',
        noTeam: 'Bez zespołu',
        summary: (roomSessions: number, ready: number, withWarnings: number, noTeam: number) =>
          `${roomSessions} ${pluralPl(roomSessions, 'sala', 'sale', 'sal')} na sesjach: ${ready} z zespołem bez uwag, ${withWarnings} z uwagami, ${noTeam} bez zespołu.`,
        allReady: 'Każda sesja ze zdającymi ma salę, wszyscy mają miejsca, a zespoły nie mają uwag.',
        noSessions: 'Nikt nie zadeklarował jeszcze egzaminu, który jest w harmonogramie CKE.',
        attention: (n: number) => `${n} ${pluralPl(n, 'sesja wymaga', 'sesje wymagają', 'sesji wymaga')} uwagi`,
        listLabel: 'Sesje wymagające uwagi',
        columns: {
          session: 'Sesja',
          declared: 'Zdający',
          seated: 'Z miejscem w sali',
          remaining: 'Co zostało do zrobienia',
        },
        noRoom: 'Żadna sala nie ma jeszcze tej sesji.',
        unseated: (n: number) => `${uczniow(n)} bez miejsca w sali.`,
        openRooms: 'Przejdź do sal',
      },
      sessions: 'Sesje ze zdającymi',
      sessionsHint: (ready: number) => `${ready} bez uwag`,
      noTeam: 'Sala nie ma zespołu nadzorującego.',
    },
  },
  banner: {
    restricted: (number: string, amount: string, deadline: string) =>
      `Licencja nieopłacona: możesz pracować, ale wydruki i eksporty są zablokowane do zaksięgowania wpłaty ${amount} za fakturę pro forma ${number} (termin ${deadline}).`,
    readOnly: 'Licencja wygasła: dane możesz przeglądać i eksportować do czasu ich usunięcia; zmiany nie są możliwe.',
    blocked:
      'Dostęp do planera jest zablokowany: zamówienie nie zostało opłacone w terminie albo dane szkoły usunięto.',
    pay: 'Jak zapłacić',
  },
  access: {
    blocked: 'Dostęp do planera tej szkoły jest zablokowany.',
    readOnly: 'Licencja wygasła: dane można tylko przeglądać i eksportować.',
    directorOnly: 'Tę czynność może wykonać tylko dyrektor szkoły.',
  },
} as const;
