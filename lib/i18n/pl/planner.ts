// The matura planner's frame (issue 23): its tabs, the licence banner and the gates' refusals.
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
