// Texts of the learning centres' finder and enrolment (issue 22): lib/centres/finder, lib/centres/enrol,
// app/centra.
export const centresEnrol = {
  nav: 'Zajęcia w centrach',
  errors: {
    groupMissing: 'Nie ma takiej grupy.',
    groupCancelled: 'Ta grupa została odwołana — wybierz inną.',
    groupEnded: 'Zajęcia tej grupy już się skończyły — wybierz grupę na kolejny rok.',
    groupFull: 'W tej grupie nie ma już wolnych miejsc — wybierz inną grupę.',
    planMissing: 'Wybierz sposób płatności za rok: jednorazowo, dwie raty albo dziesięć rat.',
    payMethodMissing: 'Wybierz, jak zapłacisz: link PayU, przelew albo w centrum.',
    childMissing: 'Wybierz dziecko albo dodaj nowe.',
    childFirstName: 'Podaj imię dziecka.',
    childLastName: 'Podaj nazwisko dziecka.',
    birthDate: 'Podaj datę urodzenia dziecka (dzień, miesiąc, rok).',
    birthDateFuture: 'Data urodzenia nie może być w przyszłości.',
    tooYoung: (min: number, max: number, age: number) =>
      `Program jest dla dzieci w wieku ${min}–${max} lat, a w dniu pierwszych zajęć dziecko będzie mieć ${age} — wybierz program dla młodszych dzieci.`,
    tooOld: (min: number, max: number, age: number) =>
      `Program jest dla dzieci w wieku ${min}–${max} lat, a w dniu pierwszych zajęć dziecko będzie mieć ${age} — wybierz program dla starszych dzieci.`,
    alreadyEnrolled: 'To dziecko jest już zapisane do tej grupy.',
    firstName: 'Podaj swoje imię.',
    lastName: 'Podaj swoje nazwisko.',
    email: 'Podaj adres e-mail, np. anna@example.pl.',
    phone: 'Podaj numer telefonu, np. 600 100 200.',
    emailTaken: 'Na ten adres jest już konto — zaloguj się, aby zapisać dziecko.',
    notParent: 'Z tego konta nie można zapisać dziecka. Zaloguj się jako rodzic.',
    terms: 'Zaakceptuj umowę i regulamin, aby zapisać dziecko.',
  },
};
