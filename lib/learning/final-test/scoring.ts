// Scoring of a finished test attempt. Every question is worth one point; the percent is
// what the pass mark (e.g. ≥ 65 % in the language course) is compared with.

export type QuestionKind = 'single' | 'multiple';

export type ScorableQuestion = {
  id: string;
  kind: QuestionKind;
  /** Every option the learner was shown. */
  optionIds: readonly string[];
  correctOptionIds: readonly string[];
};

/** questionId → the option ids the learner ticked (unanswered: missing or []). */
export type Answers = Readonly<Record<string, readonly string[]>>;

/**
 * 'all-or-nothing' (default): a multiple-choice question scores 1 only when exactly the correct
 * set is ticked. 'partial': (correct ticked − wrong ticked) / number of correct, floored at 0.
 * Single-choice questions are always all-or-nothing.
 */
export type MultipleChoiceMode = 'all-or-nothing' | 'partial';

export type QuestionResult = {
  questionId: string;
  /** Full marks for this question. */
  correct: boolean;
  points: number;
  given: string[];
  expected: string[];
};

export type AttemptScore = {
  points: number;
  maxPoints: number;
  /** 0–100 with at most one decimal, floored so rounding never turns a fail into a pass. */
  percent: number;
  perQuestion: QuestionResult[];
};

/** An answer the browser could not have produced honestly: a foreign question or option id. */
export class TamperedAnswerError extends Error {
  constructor(
    readonly questionId: string,
    readonly optionId: string | null,
  ) {
    super(
      optionId === null
        ? `An answer to a question outside the test: ${questionId}`
        : `Option ${optionId} does not belong to question ${questionId}`,
    );
    this.name = 'TamperedAnswerError';
  }
}

export function scoreAttempt(
  questions: readonly ScorableQuestion[],
  answers: Answers,
  opts: { multipleChoice?: MultipleChoiceMode } = {},
): AttemptScore {
  const mode = opts.multipleChoice ?? 'all-or-nothing';
  const known = new Set(questions.map((q) => q.id));
  for (const questionId of Object.keys(answers)) {
    if (!known.has(questionId)) throw new TamperedAnswerError(questionId, null);
  }

  const perQuestion = questions.map((q) => scoreQuestion(q, answers[q.id] ?? [], mode));
  const points = perQuestion.reduce((sum, r) => sum + r.points, 0);
  const maxPoints = questions.length;
  return { points, maxPoints, percent: percentOf(points, maxPoints), perQuestion };
}

function scoreQuestion(q: ScorableQuestion, raw: readonly string[], mode: MultipleChoiceMode): QuestionResult {
  const allowed = new Set(q.optionIds);
  for (const optionId of raw) {
    if (!allowed.has(optionId)) throw new TamperedAnswerError(q.id, optionId);
  }
  const given = [...new Set(raw)];
  const expected = [...q.correctOptionIds];
  const correctSet = new Set(expected);
  const rightPicked = given.filter((id) => correctSet.has(id)).length;
  const wrongPicked = given.length - rightPicked;
  const exact = wrongPicked === 0 && rightPicked === correctSet.size;

  let points = exact ? 1 : 0;
  if (q.kind === 'multiple' && mode === 'partial' && correctSet.size > 0) {
    points = Math.max(0, rightPicked - wrongPicked) / correctSet.size;
  }
  return { questionId: q.id, correct: exact, points, given, expected };
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
