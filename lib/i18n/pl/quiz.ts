// Texts of the final test as the learner takes it: the rules, every question kind's inputs, the
// warning before sending and the result. Part of the Polish catalogue.
import { pluralPl } from '@/lib/format/plural';

const questions = (n: number) => `${n} ${pluralPl(n, 'pytanie', 'pytania', 'pytań')}`;
const lessons = (n: number) => `${n} ${pluralPl(n, 'lekcja', 'lekcje', 'lekcji')}`;
const hours = (n: number) => `${n} ${pluralPl(n, 'godzinę', 'godziny', 'godzin')}`;

export const quiz = {
  // refusals
  lessonsFirst: (remaining: number) =>
    `Test otworzy się po ukończeniu wszystkich lekcji. ${remaining === 1 ? 'Została' : 'Zostało'} ${lessons(remaining)}.`,
  retakeAt: (date: string) => `Kolejne podejście będzie możliwe ${date}.`,

  // start page
  rulesHeading: 'Zasady testu',
  ruleQuestions: (n: number) => `Test ma ${questions(n)}, losowanych z puli przy każdym podejściu.`,
  rulePassMark: (p: number) => `Do zaliczenia potrzebujesz co najmniej ${p} % punktów.`,
  ruleAttempts: (n: number) =>
    n === 1
      ? 'Masz jedno podejście.'
      : `Masz ${n} ${pluralPl(n, 'podejście', 'podejścia', 'podejść')}; liczy się najlepszy wynik.`,
  ruleTimeLimit: (min: number) =>
    `Na rozwiązanie masz ${min} min od rozpoczęcia. Gdy czas się skończy, test wyśle się sam z tym, co zdążysz zaznaczyć.`,
  ruleNoTimeLimit: 'Test nie ma limitu czasu.',
  ruleLessonsFirst: 'Test otwiera się dopiero po ukończeniu wszystkich lekcji.',
  ruleRetakeDelay: (h: number) => `Po nieudanym podejściu na kolejne trzeba poczekać ${hours(h)}.`,
  rulePoints:
    'Pytania mogą mieć różną liczbę punktów; za częściowo dobrą odpowiedź w niektórych pytaniach dostajesz część punktów.',
  ruleShowsAnswers: 'Po wysłaniu zobaczysz poprawne odpowiedzi.',
  lockedLessons: (remaining: number, total: number) =>
    `Test jest jeszcze zamknięty: ukończ wszystkie lekcje (${remaining === 1 ? 'została' : 'zostało'} ${remaining} z ${total}).`,
  lockedWait: (date: string) => `Kolejne podejście będzie możliwe ${date}.`,
  toLessons: 'Przejdź do lekcji',

  // taking
  points: (n: string) => `${n} pkt`,
  kindHint: {
    SINGLE: 'Wybierz jedną odpowiedź',
    MULTIPLE: 'Zaznacz wszystkie poprawne odpowiedzi',
    TRUE_FALSE: 'Prawda czy fałsz?',
    SHORT_ANSWER: 'Wpisz krótką odpowiedź',
    GAP_FILL: 'Uzupełnij luki w tekście',
    MATCHING: 'Dopasuj pary (jedna odpowiedź może nie pasować do niczego)',
    ORDERING: 'Ustaw elementy w dobrej kolejności przyciskami „wyżej” i „niżej”',
    NUMERIC: 'Wpisz liczbę (przecinek lub kropka)',
  },
  trueLabel: 'Prawda',
  falseLabel: 'Fałsz',
  answerLabel: 'Twoja odpowiedź',
  numberLabel: 'Liczba',
  gapLabel: (n: number) => `Luka ${n}`,
  choose: 'wybierz…',
  matchFor: (left: string) => `Odpowiedź do: ${left}`,
  moveUp: (item: string) => `Przesuń wyżej: ${item}`,
  moveDown: (item: string) => `Przesuń niżej: ${item}`,
  up: 'Wyżej',
  down: 'Niżej',
  moved: (item: string, position: number, total: number) => `${item}: miejsce ${position} z ${total}`,
  orderUntouched: 'Kolejność nie została jeszcze zmieniona — to pytanie liczy się jako bez odpowiedzi.',
  audioLabel: 'Nagranie do pytania',
  imageAlt: (n: number) => `Ilustracja do pytania ${n}`,

  // before sending
  unansweredHeading: (n: number) => (n === 1 ? 'Jedno pytanie nie ma odpowiedzi' : `${questions(n)} bez odpowiedzi`),
  unansweredBody: 'Pytanie bez odpowiedzi to 0 punktów. Możesz do niego wrócić albo wysłać test tak, jak jest.',
  questionLink: (n: number) => `Pytanie ${n}`,
  backToQuestions: 'Wróć do pytań',
  sendAnyway: 'Wyślij mimo to',

  // result
  scoreLine: (points: string, max: number, percent: string) => `${points} z ${max} punktów (${percent})`,
  attemptsLeft: (n: number) =>
    n === 0
      ? 'To było ostatnie podejście.'
      : `${n === 1 ? 'Zostało' : 'Zostały'} Ci ${n} ${pluralPl(n, 'podejście', 'podejścia', 'podejść')}.`,
  nextAttemptAt: (date: string) => `Kolejne podejście będzie możliwe ${date}.`,
  nextAttemptNow: 'Możesz od razu spróbować ponownie.',
  questionPoints: (given: string, max: number) => `${given} z ${max} pkt`,
  answerPartly: 'Częściowo',
  correctAnswer: 'Poprawna odpowiedź:',
  noKeyNote: 'Poprawne odpowiedzi nie są pokazywane, bo pytania mogą wrócić w kolejnym podejściu.',
  orderArrow: ' → ',
} as const;
