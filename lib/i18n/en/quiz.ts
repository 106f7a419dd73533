// English catalogue: the final test as the learner takes it. Mirrors lib/i18n/pl/quiz.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const questions = (n: number) => `${n} ${pluralEn(n, 'question', 'questions')}`;
const lessons = (n: number) => `${n} ${pluralEn(n, 'lesson', 'lessons')}`;
const hours = (n: number) => `${n} ${pluralEn(n, 'hour', 'hours')}`;

export const quiz: Messages['quiz'] = {
  lessonsFirst: (remaining: number) =>
    `The test opens once you have completed all lessons. ${lessons(remaining)} to go.`,
  retakeAt: (date: string) => `Your next attempt will be possible ${date}.`,

  rulesHeading: 'Test rules',
  ruleQuestions: (n: number) => `The test has ${questions(n)}, drawn from a pool for each attempt.`,
  rulePassMark: (p: number) => `To pass, you need at least ${p}% of the points.`,
  ruleAttempts: (n: number) =>
    n === 1 ? 'You have one attempt.' : `You have ${n} ${pluralEn(n, 'attempt', 'attempts')}; your best score counts.`,
  ruleTimeLimit: (min: number) =>
    `You have ${min} min from the start. When time runs out, the test submits itself with whatever you have marked.`,
  ruleNoTimeLimit: 'The test has no time limit.',
  ruleLessonsFirst: 'The test opens only once you have completed all lessons.',
  ruleRetakeDelay: (h: number) => `After a failed attempt you have to wait ${hours(h)} before the next one.`,
  rulePoints:
    'Questions can be worth different numbers of points; for a partly correct answer to some questions you get part of the points.',
  ruleShowsAnswers: "After submitting, you'll see the correct answers.",
  lockedLessons: (remaining: number, total: number) =>
    `The test is still locked: complete all lessons (${remaining} of ${total} to go).`,
  lockedWait: (date: string) => `Your next attempt will be possible ${date}.`,
  toLessons: 'Go to the lessons',

  points: (n: string) => `${n} pts`,
  kindHint: {
    SINGLE: 'Choose one answer',
    MULTIPLE: 'Select all correct answers',
    TRUE_FALSE: 'True or false?',
    SHORT_ANSWER: 'Type a short answer',
    GAP_FILL: 'Fill in the gaps in the text',
    MATCHING: 'Match the pairs (one answer may not match anything)',
    ORDERING: 'Put the items in the right order with the “up” and “down” buttons',
    NUMERIC: 'Type a number (comma or full stop)',
  },
  trueLabel: 'True',
  falseLabel: 'False',
  answerLabel: 'Your answer',
  numberLabel: 'Number',
  gapLabel: (n: number) => `Gap ${n}`,
  choose: 'choose…',
  matchFor: (left: string) => `Answer for: ${left}`,
  moveUp: (item: string) => `Move up: ${item}`,
  moveDown: (item: string) => `Move down: ${item}`,
  up: 'Up',
  down: 'Down',
  moved: (item: string, position: number, total: number) => `${item}: position ${position} of ${total}`,
  orderUntouched: "The order hasn't been changed yet — this question counts as unanswered.",
  audioLabel: 'Audio for the question',
  imageAlt: (n: number) => `Illustration for question ${n}`,

  unansweredHeading: (n: number) => (n === 1 ? 'One question has no answer' : `${questions(n)} without an answer`),
  unansweredBody: 'An unanswered question scores 0 points. You can go back to it or submit the test as it is.',
  questionLink: (n: number) => `Question ${n}`,
  backToQuestions: 'Back to the questions',
  sendAnyway: 'Submit anyway',

  scoreLine: (points: string, max: number, percent: string) =>
    `${points} of ${max} ${pluralEn(max, 'point', 'points')} (${percent})`,
  attemptsLeft: (n: number) =>
    n === 0 ? 'That was your last attempt.' : `You have ${n} ${pluralEn(n, 'attempt', 'attempts')} left.`,
  nextAttemptAt: (date: string) => `Your next attempt will be possible ${date}.`,
  nextAttemptNow: 'You can try again straight away.',
  questionPoints: (given: string, max: number) => `${given} of ${max} pts`,
  answerPartly: 'Partly',
  correctAnswer: 'Correct answer:',
  noKeyNote: "The correct answers aren't shown, because the questions may come back in your next attempt.",
  orderArrow: ' → ',
};
