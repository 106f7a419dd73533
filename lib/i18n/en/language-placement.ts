// English catalogue: the language school's public pages and placement test. Mirrors lib/i18n/pl/language-placement.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const questions = (n: number) => `${n} ${pluralEn(n, 'question', 'questions')}`;
const lessons = (n: number) => `${n} ${pluralEn(n, 'multimedia lesson', 'multimedia lessons')}`;
const files = (n: number) => `${n} ${pluralEn(n, 'PDF handout', 'PDF handouts')}`;
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export const languagePlacement: Messages['languagePlacement'] = {
  nav: 'Polish language',

  landing: {
    metaTitle: 'Polish for foreigners',
    eyebrow: 'Online Polish language course',
    noProgramme: 'The Polish language course is not running at the moment.',
    minAge: (age: number) => `A course for people aged ${age} or over (a contract with an obligation to pay).`,
    ctaTest: 'Take the placement test',
    ctaSignup: 'Sign up for the course',
    ctaTestHint: 'No account needed, the result straight away — with the level worth starting from.',
    stepsHeading: 'How to start',
    steps: [
      'Take the placement test: questions from the easiest (A1) to the hardest (C1).',
      'Sign up for the recommended level and choose how to pay: monthly in advance or the whole course in advance.',
      'The contract takes effect once the first payment is booked — then you get an e-mail with your login and a link to set your password.',
      'In the Learner Zone you study with multimedia lessons, book live classes with a teacher and write to the school office.',
    ],
    levelsHeading: 'Course levels',
    levelHours: (h: number) => `${h} ${pluralEn(h, 'lesson hour', 'lesson hours')}`,
    includes: 'The level includes',
    includesLessons: (n: number) => lessons(n),
    includesFiles: (n: number) => files(n),
    includesLive: (n: number) =>
      n > 0
        ? `virtual classes with a teacher (${n} ${pluralEn(n, 'group', 'groups')} a week)`
        : 'virtual classes with a teacher (group being prepared)',
    includesTest: (p: number) => `a placement test at the end — pass from ${p}% of the points`,
    includesCertificate: 'a level certificate on request',
    priceMonthly: (amount: string) => `${amount} a month`,
    priceFull: (amount: string) => `${amount} for the whole level in advance`,
    priceNone: 'Price coming soon',
    signUpLevel: (cefr: string) => `Sign up for level ${cefr}`,
    pricesNote:
      'Gross prices (VAT included). Monthly payment: in advance, at the latest on the day the course month starts; an unpaid month suspends access. You can cancel the contract at any time, effective at the end of the paid month.',
  },

  test: {
    metaTitle: 'Placement test',
    title: 'Polish placement test',
    intro:
      "The test shows which level (A1–C1) is worth starting the course from. You don't need an account: you'll see the result as soon as you send it.",
    rulesHeading: 'Rules',
    ruleQuestions: (n: number, bands: string[]) => `${questions(n)} from levels ${list(bands)}, easiest first.`,
    ruleMinutes: (m: number) =>
      `You have ${m} min from the start. When time runs out, the test sends itself with whatever you have marked.`,
    ruleOnce: 'You send your answers once; a test sent after the time limit is not counted.',
    ruleBands: (p: number) =>
      `A level counts as mastered from ${p}% of its points; we recommend the first level below that threshold.`,
    start: 'Start the test',
    restart: 'Start the test again',
    retake: 'Take the test again',
    seeResult: 'See the result',
    submitted: 'This test has already been sent.',
    expired: (time: string) =>
      `The time for this test ran out at ${time}. Answers sent after the time limit are not counted — you can start the test again.`,
    unavailable: 'The placement test is not available at the moment.',
    takingTitle: 'Placement test',
    bandHeading: (cefr: string) => `Level ${cefr}`,
    send: 'Send the test',
    backToProgramme: 'About the course',
  },

  result: {
    metaTitle: 'Placement test result',
    title: 'Placement test result',
    none: "You haven't sent a placement test yet.",
    recommended: (cefr: string) => `Recommended level: ${cefr}`,
    submittedAt: (time: string) => `Test sent at ${time}.`,
    whyFirst: (cefr: string, p: number) =>
      `At level ${cefr} you have less than ${p}% of the points — that is the level worth starting from.`,
    whyAfter: (mastered: string[], cefr: string, p: number) =>
      `You have mastered ${mastered.length === 1 ? 'level' : 'levels'} ${list(mastered)} (at least ${p}% of the points), but not level ${cefr} yet — that is the level worth starting from.`,
    whyAll: (cefr: string, p: number) =>
      `You have at least ${p}% of the points at every level — we recommend the course's highest level, ${cefr}.`,
    bandsHeading: 'Result at each level',
    bandCol: 'Level',
    pointsCol: 'Points',
    percentCol: 'Score',
    verdictCol: 'Verdict',
    points: (scored: string, max: string) => `${scored} of ${max} pts`,
    mastered: 'mastered',
    toLearn: 'to learn',
    notAssessed: 'no questions',
    offerHeading: (cefr: string) => `Course at level ${cefr}`,
    signUp: (cefr: string) => `Sign up for level ${cefr}`,
    otherLevel: 'You can also choose a different level when signing up.',
  },

  errors: {
    noProgramme: 'The Polish language course is not running at the moment.',
    noQuestions: 'The placement test has no questions yet. Please try later.',
    noAttempt: "We couldn't find your test — please start it again.",
    alreadySubmitted: 'This test has already been sent; the first submission counts and its result is already saved.',
    timeUp: 'The time for the test ran out, so the answers were not counted. Start the test again.',
    tampered: "The answers don't match this test's questions. Refresh the page and try again.",
  },
};
