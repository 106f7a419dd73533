// The matura planner's frame (issue 23): its tabs, the licence banner and the gates' refusals.
export const planner = {
  title: 'Planer maturalny',
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
