// Texts of the live-teaching engine's refusals and results (lib/live: groups, sessions, bookings,
// rooms, recordings). The pages' own texts are in live.ts.
export const liveEngine = {
  notAllowed: 'Nie masz uprawnień do tej czynności.',
  notFound: 'Nie znaleziono tych zajęć.',
  // Groups and schedules
  badCapacity: 'Liczba miejsc musi wynosić od 1 do 50.',
  // Schedule, move, capacity and window refusals are the rules' own texts in live.ts.
  badCutoff: 'Termin odwołania rezerwacji musi wynosić od 0 do 168 godzin przed zajęciami.',
  externalUrlRequired: 'Podaj link do zewnętrznego pokoju (np. Google Meet, Zoom, Teams).',
  externalUrlBad: 'Link do pokoju musi zaczynać się od https://.',
  notATeacher: 'Wybrana osoba nie jest nauczycielem.',
  scheduleEmpty: 'W wybranym okresie nie wypadają żadne zajęcia (święta lub przerwy).',
  groupFull: 'Grupa ma komplet uczestników.',
  alreadyMember: 'Ta osoba jest już w grupie.',
  notMember: 'Tej osoby nie ma w grupie.',
  groupCancelled: 'Ta grupa została odwołana.',
  sessionNotScheduled: 'Te zajęcia zostały odwołane.',
  sessionInPast: 'Nie można zmienić zajęć, które już się odbyły.',
  // Booking
  notYourLearner: 'Nie możesz rezerwować zajęć dla tej osoby.',
  notEntitledMembers: 'Na te zajęcia mogą zapisywać się tylko uczestnicy grupy.',
  notEntitledCourse: 'Rezerwacja wymaga aktywnego dostępu do kursu.',
  contractSuspended: 'Dostęp jest zawieszony — opłać zaległą płatność, aby zapisywać się na zajęcia.',
  consultationTooLong: 'Konsultacje kursu on-line trwają najwyżej 1 godzinę — skróć zajęcia do 60 minut.',
  consultationWindowClosed:
    'Okres konsultacji w tym kursie (liczony od rozpoczęcia kursu) kończy się przed tym terminem, więc zapisy są zamknięte. Materiały kursu pozostają dostępne bez ograniczeń.',
  alreadyBooked: 'Ta osoba ma już rezerwację lub miejsce na liście oczekujących na te zajęcia.',
  sessionStarted: 'Zajęcia już się rozpoczęły.',
  noBooking: 'Ta osoba nie ma rezerwacji na te zajęcia.',
  slotTaken: 'Ten termin jest już zajęty.',
  slotBooked: 'Tego terminu nie można usunąć — ktoś go już zarezerwował.',
  // Make-up classes (odbiór zajęć)
  makeUpNotMember: 'Odrabiać można tylko zajęcia własnej grupy.',
  makeUpSameGroup: 'Zajęcia do odrobienia wybiera się w innej grupie.',
  makeUpOtherProgramme: 'Zajęcia do odrobienia muszą być z tego samego programu.',
  makeUpFull: 'Na tych zajęciach nie ma wolnego miejsca.',
  makeUpTwice: 'Te zajęcia są już odrabiane.',
  // Rooms
  roomNotBooked: 'Link do pokoju widzą tylko osoby zapisane na zajęcia i prowadzący.',
  roomUnavailable: 'Pokój zajęć nie jest jeszcze dostępny. Spróbuj za chwilę — rezerwacja jest zachowana.',
  roomEnded: 'Prowadzący zakończył już te zajęcia.',
  // Slots
  slotBadLength: 'Długość spotkania musi wynosić od 5 do 240 minut.',
  slotRangeTooShort: 'W podanym czasie nie mieści się żadne spotkanie tej długości.',
  // Attendance and notes
  attendanceNotYet: 'Obecność można zaznaczyć od otwarcia pokoju, 15 minut przed zajęciami.',
  noteTooLong: 'Notatka może mieć najwyżej 2000 znaków.',
  // Reasons stored with cancellations
  reasonBelowMinimum: 'Za mało uczestników',
  // Calendar feed titles
  feedName: 'Planeta — zajęcia na żywo',
  slotTitle: 'Lekcja indywidualna',
};
