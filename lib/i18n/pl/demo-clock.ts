// Texts of the demo clock (DEMO_CLOCK=1 with the embedded database): the staff page /panel/zegar
// that moves time forward and runs the daily jobs, and the start-up refusal.
import { pluralPl } from '@/lib/format/plural';

const days = (n: number) => `${n} ${pluralPl(n, 'dzień', 'dni', 'dni')}`;

export const demoClock = {
  nav: 'Zegar demonstracyjny',
  title: 'Zegar demonstracyjny',
  intro:
    'Przesuń czas platformy do przodu, by zobaczyć terminy płatności, zawieszenia, okresy zajęć, wygasanie nagrań ' +
    'i raporty po dwóch miesiącach bez czekania. Każdy przesunięty dzień uruchamia poranny przebieg rozliczeń, ' +
    'a na końcu zadania dzienne wszystkich obszarów.',
  now: 'Czas platformy',
  offset: (n: number) =>
    n === 0 ? 'Zegar idzie z czasem rzeczywistym.' : `Czas platformy wyprzedza rzeczywisty o ${days(n)}.`,
  daysLabel: 'O ile dni do przodu',
  daysHint: 'Od 1 do 366.',
  daysInvalid: 'Podaj liczbę dni od 1 do 366.',
  move: 'Przesuń zegar',
  runNow: 'Uruchom zadania dzienne teraz',
  moved: (n: number, emails: number, jobs: number) =>
    `Zegar przesunięty o ${days(n)}. Przebiegi rozliczeń wysłały ${emails} ${pluralPl(emails, 'wiadomość', 'wiadomości', 'wiadomości')}; ` +
    `uruchomiono ${jobs} ${pluralPl(jobs, 'zadanie zaplanowane', 'zadania zaplanowane', 'zadań zaplanowanych')}.`,
  ran: (emails: number, jobs: number) =>
    `Przebieg rozliczeń wysłał ${emails} ${pluralPl(emails, 'wiadomość', 'wiadomości', 'wiadomości')}; ` +
    `uruchomiono ${jobs} ${pluralPl(jobs, 'zadanie zaplanowane', 'zadania zaplanowane', 'zadań zaplanowanych')}.`,
  mailboxHint: 'Wysłane wiadomości są w skrzynce pocztowej panelu.',
  notAdjustable: 'Zegar można przestawiać tylko z DEMO_CLOCK=1 na wbudowanej bazie danych (lub w testach).',
  refusedWithDatabaseUrl:
    'DEMO_CLOCK=1 działa tylko z wbudowaną bazą danych: usuń DATABASE_URL albo wyłącz DEMO_CLOCK. ' +
    'Zegar demonstracyjny nigdy nie przestawia czasu prawdziwej bazy.',
};
