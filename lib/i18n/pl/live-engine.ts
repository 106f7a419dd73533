// Texts of the live-teaching engine's refusals and results (lib/live: groups, sessions, bookings,
// rooms, recordings). The pages' own texts are in live.ts.
export const liveEngine = {
  notAllowed: 'Nie masz uprawnień do tej czynności.',
  notFound: 'Nie znaleziono tych zajęć.',
  // Groups and schedules
  badCapacity: 'Liczba miejsc musi wynosić od 1 do 50.',
  badMinimum: 'Minimalna liczba uczestników musi mieścić się między 0 a liczbą miejsc.',
  badCutoff: 'Termin odwołania rezerwacji musi wynosić od 0 do 168 godzin przed zajęciami.',
  externalUrlRequired: 'Podaj link do zewnętrznego pokoju (np. Google Meet, Zoom, Teams).',
  externalUrlBad: 'Link do pokoju musi zaczynać się od https://.',
  notATeacher: 'Wybrana osoba nie jest nauczycielem.',
  scheduleEndBeforeStart: 'Data końca jest wcześniejsza niż data początku.',
  scheduleBadTime: 'Podaj godzinę w formacie GG:MM.',
  scheduleBadDuration: 'Czas zajęć musi być dodatni i dłuższy niż przerwa.',
  scheduleTooMany: 'Harmonogram obejmuje zbyt wiele zajęć; skróć okres.',
  scheduleEmpty: 'W wybranym okresie nie wypadają żadne zajęcia (święta lub przerwy).',
  teacherBusy: (when: string) => `Nauczyciel prowadzi już zajęcia w tym czasie (${when}).`,
  groupFull: 'Grupa ma komplet uczestników.',
  alreadyMember: 'Ta osoba jest już w grupie.',
  notMember: 'Tej osoby nie ma w grupie.',
  groupCancelled: 'Ta grupa została odwołana.',
  sessionNotScheduled: 'Te zajęcia zostały odwołane.',
  sessionInPast: 'Nie można zmienić zajęć, które już się odbyły.',
  moveBadRange: 'Koniec zajęć musi być po ich początku.',
  capacityBelowBookings: (taken: number) =>
    `Nie można zmniejszyć liczby miejsc poniżej liczby rezerwacji (${taken}).`,
  // Booking
  notYourLearner: 'Nie możesz rezerwować zajęć dla tej osoby.',
  notEntitledMembers: 'Na te zajęcia mogą zapisywać się tylko uczestnicy grupy.',
  notEntitledCourse: 'Rezerwacja wymaga aktywnego dostępu do kursu.',
  alreadyBooked: 'Ta osoba ma już rezerwację lub miejsce na liście oczekujących na te zajęcia.',
  sessionStarted: 'Zajęcia już się rozpoczęły.',
  cancelAfterCutoff: (hours: number) =>
    `Rezerwację można odwołać najpóźniej ${hours} godz. przed zajęciami; na te zajęcia ten termin minął.`,
  noBooking: 'Ta osoba nie ma rezerwacji na te zajęcia.',
  slotTaken: 'Ten termin jest już zajęty.',
  // Make-up classes (odbiór zajęć)
  makeUpNotMember: 'Odrabiać można tylko zajęcia własnej grupy.',
  makeUpSameGroup: 'Zajęcia do odrobienia wybiera się w innej grupie.',
  makeUpOtherProgramme: 'Zajęcia do odrobienia muszą być z tego samego programu.',
  makeUpFull: 'Na tych zajęciach nie ma wolnego miejsca.',
  makeUpTwice: 'Te zajęcia są już odrabiane.',
  // Rooms
  roomNotBooked: 'Link do pokoju widzą tylko osoby zapisane na zajęcia i prowadzący.',
  roomClosed: 'Pokój otwiera się 15 minut przed zajęciami i zamyka po ich końcu.',
  roomUnavailable: 'Pokój zajęć nie jest jeszcze dostępny. Spróbuj za chwilę — rezerwacja jest zachowana.',
  // Slots
  slotBadLength: 'Długość spotkania musi wynosić od 5 do 240 minut.',
  slotRangeTooShort: 'W podanym czasie nie mieści się żadne spotkanie tej długości.',
  // Attendance and notes
  noteTooLong: 'Notatka może mieć najwyżej 2000 znaków.',
  // Reasons stored with cancellations
  reasonBelowMinimum: 'Za mało uczestników',
  // Calendar feed titles
  feedName: 'Planeta — zajęcia na żywo',
  slotTitle: 'Lekcja indywidualna',
};
