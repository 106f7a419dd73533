// What the test's start page shows: the rules in plain words, the learner's attempts, and whether
// (and why not) the next attempt may start. The same rule startAttempt enforces.
import { currentTime } from '@/lib/clock/clock';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { courseAccess } from '@/lib/learning/access';
import { attemptSettings, bankSizes, testStatus } from './attempts';
import { questionsDrawn } from './draw';
import { nextAttemptEligibility, type Eligibility } from './rules/eligibility';

export type TestRules = {
  questions: number;
  passMarkPercent: number;
  maxAttempts: number;
  timeLimitMinutes: number | null;
  requiresLessons: boolean;
  retakeDelayHours: number;
  showsAnswers: boolean;
};

/** The rules as sentences, in the order a learner asks about them. */
export function ruleLines(r: TestRules, locale?: string): string[] {
  const t = messages(locale).quiz;
  return [
    t.ruleQuestions(r.questions),
    t.rulePassMark(r.passMarkPercent),
    t.ruleAttempts(r.maxAttempts),
    r.timeLimitMinutes ? t.ruleTimeLimit(r.timeLimitMinutes) : t.ruleNoTimeLimit,
    ...(r.requiresLessons ? [t.ruleLessonsFirst] : []),
    ...(r.retakeDelayHours > 0 ? [t.ruleRetakeDelay(r.retakeDelayHours)] : []),
    t.rulePoints,
    ...(r.showsAnswers ? [t.ruleShowsAnswers] : []),
  ];
}

/** Why the next attempt cannot start yet, in the learner's words; null when it can (or is final). */
export function lockText(e: Eligibility, lessonsTotal: number, locale?: string): string | null {
  const t = messages(locale).quiz;
  if (e.ok) return null;
  if (e.reason === 'lessons') return t.lockedLessons(e.remaining, lessonsTotal);
  if (e.reason === 'wait') return t.lockedWait(formatDateTime(e.nextAt, locale));
  return null;
}

/** The page's texts are in `locale` (the reader's). */
export async function testHomePage(userId: string, slug: string, now = currentTime(), locale?: string) {
  const access = await courseAccess(userId, slug, now);
  if (access.kind !== 'active') return { kind: 'gate', access } as const;
  const { course, enrolment } = access;
  const [status, settings, sizes] = await Promise.all([
    testStatus(enrolment.id, course.maxAttempts, now),
    attemptSettings(course.id, enrolment.id),
    bankSizes(course.id),
  ]);
  const rules: TestRules = {
    questions: questionsDrawn(settings.rules, course.testQuestionCount, sizes),
    passMarkPercent: course.passMarkPercent,
    maxAttempts: course.maxAttempts,
    timeLimitMinutes: course.timeLimitMinutes,
    requiresLessons: settings.testRequiresLessons,
    retakeDelayHours: settings.retakeDelayHours,
    showsAnswers: settings.testShowsAnswers,
  };
  const eligibility = nextAttemptEligibility({
    attempts: status.attempts,
    maxAttempts: course.maxAttempts,
    requiresLessons: settings.testRequiresLessons,
    lessonsTotal: settings.lessonsTotal,
    lessonsDone: settings.lessonsDone,
    retakeDelayHours: settings.retakeDelayHours,
    now,
  });
  return {
    kind: 'open',
    access,
    course,
    status,
    rules: ruleLines(rules, locale),
    lock: status.open ? null : lockText(eligibility, settings.lessonsTotal, locale),
    canStart: status.open !== null || eligibility.ok,
  } as const;
}
