// Scoring a finished test attempt: each question scores its own points (partial credit where its
// kind allows, lib/learning/questions/scoring.ts); the percent of the total is what the pass mark
// (e.g. ≥ 65 % in the language course) is compared with.
import type { AttemptAnswers } from '@/lib/learning/questions/config';
import {
  scoreQuestion,
  TamperedAnswerError,
  type QuestionScore,
  type ScorableRow,
} from '@/lib/learning/questions/scoring';

export { TamperedAnswerError };

export type AttemptScore = {
  /** Exact, with partial credit. */
  points: number;
  maxPoints: number;
  /** 0–100 with at most one decimal, floored so rounding never turns a fail into a pass. */
  percent: number;
  perQuestion: QuestionScore[];
};

/** Scores every question of the attempt; an answer to a question outside it is tampering. */
export function scoreAttempt(questions: readonly ScorableRow[], answers: AttemptAnswers): AttemptScore {
  const known = new Set(questions.map((q) => q.id));
  for (const questionId of Object.keys(answers)) {
    if (!known.has(questionId)) throw new TamperedAnswerError(questionId, null);
  }
  const perQuestion = questions.map((q) => scoreQuestion(q, answers[q.id]));
  const points = Math.round(perQuestion.reduce((sum, r) => sum + r.points, 0) * 10_000) / 10_000;
  const maxPoints = questions.reduce((sum, q) => sum + q.points, 0);
  return { points, maxPoints, percent: percentOf(points, maxPoints), perQuestion };
}

/** Floors to one decimal; the epsilon absorbs float noise such as 0.65 * 1000 = 649.999…. */
export function percentOf(points: number, maxPoints: number): number {
  if (maxPoints <= 0) return 0;
  return Math.floor((points / maxPoints) * 1000 + 1e-9) / 10;
}

/** The pass mark is inclusive: 65 % passes a 65 % test. */
export function isPassed(percent: number, passMarkPercent: number): boolean {
  return percent >= passMarkPercent;
}

/** Highest percent among scored attempts; unfinished attempts (percent null) do not count. */
export function bestScore(attempts: readonly { percent: number | null }[]): number | null {
  let best: number | null = null;
  for (const a of attempts) {
    if (a.percent !== null && (best === null || a.percent > best)) best = a.percent;
  }
  return best;
}
