// Texts of the learner's and parent's live-classes page (/zajecia): sessions, bookings, waiting
// list, make-ups, joining the room, recordings and the private calendar feed.
import { pluralPl } from '@/lib/format/plural';

export const liveLearner = {
  nav: 'Zajęcia na żywo',
  title: 'Zajęcia na żywo',
  intro: 'Zajęcia, na które możesz się zapisać, w czasie polskim. Rezerwacja i rezygnacja to jedno kliknięcie.',
  childSwitcher: 'Czyje zajęcia',
  myself: (name: string) => `${name} (ja)`,
  upcoming: 'Najbliższe zajęcia',
  none: 'Nie ma teraz zajęć, na które można się zapisać.',
  slot: 'Lekcja indywidualna',
  online: 'On-line',
  teacher: (name: string) => `Prowadzi: ${name}`,
  makeUpBadge: 'Odrabianie',
  charged: 'płatne jak pojedyncze zajęcia',
  // States
  booked: 'Zapisano',
  waiting: (place: number) => `Lista oczekujących — miejsce ${place}.`,
  free: (n: number) => `${n} ${pluralPl(n, 'wolne miejsce', 'wolne miejsca', 'wolnych miejsc')}`,
  full: 'Brak wolnych miejsc',
  // Actions
  book: 'Zapisz się',
  cancel: 'Wypisz się',
  joinWaitlist: 'Zapisz na listę oczekujących',
  leaveWaitlist: 'Zrezygnuj z oczekiwania',
  cancelClosed: (at: string) => `Rezygnacja była możliwa do ${at}.`,
  cancelUntil: (at: string) => `Rezygnacja możliwa do ${at}.`,
  bookedDone: 'Zapisano na zajęcia.',
  waitingDone: (place: number) => `Brak wolnych miejsc — zapisano na listę oczekujących (miejsce ${place}).`,
  cancelledDone: 'Wypisano z zajęć.',
  leftWaitlistDone: 'Usunięto z listy oczekujących.',
  // Room
  join: 'Dołącz',
  joinOpens: (at: string) => `Dołączenie możliwe od ${at}.`,
  joinForChild: 'Dziecko dołącza ze swojego konta albo Ty w jego imieniu.',
  room: {
    unavailable: 'Pokój zajęć nie jest jeszcze dostępny. Spróbuj za chwilę — rezerwacja jest zachowana.',
    ended: 'Prowadzący zakończył już te zajęcia.',
    closed: 'Pokój tych zajęć jest teraz zamknięty.',
    refused: 'Nie można dołączyć do tych zajęć.',
  },
  // Individual slots
  slots: 'Lekcje indywidualne',
  slotsIntro: 'Wolne terminy prowadzących. Wybierz jeden, żeby go zarezerwować.',
  bookSlot: 'Zarezerwuj',
  // Make-up
  makeUp: 'Odrabianie zajęć',
  makeUpIntro:
    'Nie możesz przyjść na zajęcia swojej grupy? Wybierz inne zajęcia tego samego programu z wolnym miejscem. Odrobienie jest bezpłatne, jeśli zgłosisz je przed opuszczonymi zajęciami lub najpóźniej następnego dnia; później jest płatne jak pojedyncze zajęcia.',
  makeUpMissed: 'Zajęcia, które opuszczasz',
  makeUpTarget: 'Zajęcia, na które przyjdziesz',
  makeUpFreeUntil: (until: string) => `bezpłatnie do ${until}`,
  makeUpChargedShort: 'płatne',
  makeUpSubmit: 'Zapisz na odrabianie',
  makeUpNone: 'Teraz nie ma zajęć innej grupy z wolnym miejscem.',
  makeUpDoneFree: 'Zapisano na odrabianie zajęć — bezpłatnie.',
  makeUpDoneCharged: 'Zapisano na odrabianie zajęć — płatne jak pojedyncze zajęcia.',
  pickSession: 'Wybierz zajęcia z listy.',
  // Past and recordings
  past: 'Zajęcia z ostatnich 30 dni',
  noPast: 'Brak zajęć z ostatnich 30 dni.',
  recording: 'Nagranie',
  recordingUntil: (until: string) => `dostępne do ${until}`,
  noRecording: 'Brak nagrania.',
  // Calendar feed
  calendar: 'Kalendarz',
  calendarIntro:
    'Prywatny adres kalendarza z Twoimi zajęciami (i zajęciami dzieci) — dodaj go w Google, Apple lub Outlook jako subskrypcję. Nie udostępniaj go nikomu.',
  calendarCreate: 'Utwórz adres kalendarza',
  calendarRegenerate: 'Utwórz nowy adres (stary przestanie działać)',
  calendarCreatedAt: (at: string) => `Adres utworzono ${at}. Ze względów bezpieczeństwa pokazujemy go tylko raz.`,
  calendarNew: 'Nowy adres kalendarza — skopiuj go teraz:',
  copy: 'Kopiuj',
  copied: 'Skopiowano',
};
