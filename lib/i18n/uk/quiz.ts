// Ukrainian catalogue: the final test as the learner takes it. Mirrors lib/i18n/pl/quiz.ts key for key.
import type { Messages } from '../pl';
import { pluralUk } from '@/lib/format/plural';

const questions = (n: number) => `${n} ${pluralUk(n, 'питання', 'питання', 'питань')}`;
const lessons = (n: number) => `${n} ${pluralUk(n, 'урок', 'уроки', 'уроків')}`;
const hours = (n: number) => `${n} ${pluralUk(n, 'годину', 'години', 'годин')}`;
const attempts = (n: number) => `${n} ${pluralUk(n, 'спроба', 'спроби', 'спроб')}`;

export const quiz: Messages['quiz'] = {
  lessonsFirst: (remaining: number) =>
    `Тест відкриється після завершення всіх уроків. Залишилося: ${lessons(remaining)}.`,
  retakeAt: (date: string) => `Наступна спроба буде можлива ${date}.`,

  rulesHeading: 'Правила тесту',
  ruleQuestions: (n: number) => `Тест містить ${questions(n)}, що випадково обираються з пулу під час кожної спроби.`,
  rulePassMark: (p: number) => `Для зарахування потрібно щонайменше ${p} % балів.`,
  ruleAttempts: (n: number) =>
    n === 1 ? 'У вас одна спроба.' : `У вас ${attempts(n)}; зараховується найкращий результат.`,
  ruleTimeLimit: (min: number) =>
    `На проходження у вас ${min} хв від початку. Коли час закінчиться, тест надішлеться сам із тим, що ви встигнете позначити.`,
  ruleNoTimeLimit: 'Тест не має обмеження часу.',
  ruleLessonsFirst: 'Тест відкривається лише після завершення всіх уроків.',
  ruleRetakeDelay: (h: number) => `Після невдалої спроби наступної потрібно чекати ${hours(h)}.`,
  rulePoints:
    'Питання можуть мати різну кількість балів; за частково правильну відповідь у деяких питаннях ви отримуєте частину балів.',
  ruleShowsAnswers: 'Після надсилання ви побачите правильні відповіді.',
  lockedLessons: (remaining: number, total: number) =>
    `Тест ще закритий: завершіть усі уроки (залишилося ${remaining} з ${total}).`,
  lockedWait: (date: string) => `Наступна спроба буде можлива ${date}.`,
  toLessons: 'Перейти до уроків',

  points: (n: string) => `${n} б.`,
  kindHint: {
    SINGLE: 'Оберіть одну відповідь',
    MULTIPLE: 'Позначте всі правильні відповіді',
    TRUE_FALSE: 'Правда чи неправда?',
    SHORT_ANSWER: 'Введіть коротку відповідь',
    GAP_FILL: 'Заповніть пропуски в тексті',
    MATCHING: 'Поєднайте пари (одна відповідь може ні до чого не підходити)',
    ORDERING: 'Розставте елементи в правильному порядку кнопками «вище» і «нижче»',
    NUMERIC: 'Введіть число (з комою або крапкою)',
  },
  trueLabel: 'Правда',
  falseLabel: 'Неправда',
  answerLabel: 'Ваша відповідь',
  numberLabel: 'Число',
  gapLabel: (n: number) => `Пропуск ${n}`,
  choose: 'оберіть…',
  matchFor: (left: string) => `Відповідь до: ${left}`,
  moveUp: (item: string) => `Перемістити вище: ${item}`,
  moveDown: (item: string) => `Перемістити нижче: ${item}`,
  up: 'Вище',
  down: 'Нижче',
  moved: (item: string, position: number, total: number) => `${item}: місце ${position} з ${total}`,
  orderUntouched: 'Порядок ще не змінено — це питання зараховується як без відповіді.',
  audioLabel: 'Аудіо до питання',
  imageAlt: (n: number) => `Ілюстрація до питання ${n}`,

  unansweredHeading: (n: number) => (n === 1 ? 'Одне питання без відповіді' : `${questions(n)} без відповіді`),
  unansweredBody: 'Питання без відповіді — це 0 балів. Ви можете повернутися до нього або надіслати тест як є.',
  questionLink: (n: number) => `Питання ${n}`,
  backToQuestions: 'Повернутися до питань',
  sendAnyway: 'Усе одно надіслати',

  scoreLine: (points: string, max: number, percent: string) => `${points} з ${max} балів (${percent})`,
  attemptsLeft: (n: number) => (n === 0 ? 'Це була остання спроба.' : `У вас залишилося: ${attempts(n)}.`),
  nextAttemptAt: (date: string) => `Наступна спроба буде можлива ${date}.`,
  nextAttemptNow: 'Ви можете одразу спробувати ще раз.',
  questionPoints: (given: string, max: number) => `${given} з ${max} б.`,
  answerPartly: 'Частково',
  correctAnswer: 'Правильна відповідь:',
  noKeyNote: 'Правильні відповіді не показуються, бо питання можуть повторитися в наступній спробі.',
  orderArrow: ' → ',
};
