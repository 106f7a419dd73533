// Scoring one question of any kind from its stored row and the learner's answer. Points are the
// question's own (Question.points); kinds in PARTIAL_KINDS give a share of them, the rest all or
// nothing. An answer the browser could not have produced honestly throws TamperedAnswerError.
import { parseQuestionConfig, type AnswerValue, type QuestionKindCode } from './config';
import { parseDecimal, textMatches } from './normalize';

/** The stored question as scoring needs it: the key included, so this never leaves the server. */
export type ScorableRow = {
  id: string;
  kind: QuestionKindCode;
  points: number;
  options: readonly { id: string; correct: boolean }[];
  config: unknown;
};

export type QuestionScore = {
  questionId: string;
  /** Points given, exact (partial credit may be a fraction). */
  points: number;
  max: number;
  /** Full marks. */
  correct: boolean;
  answered: boolean;
};

/** An answer to a question outside the test, with an id the learner was not shown, or of the wrong shape. */
export class TamperedAnswerError extends Error {
  constructor(
    readonly questionId: string,
    readonly optionId: string | null,
  ) {
    super(
      optionId === null
        ? `An answer to a question outside the test or of the wrong shape: ${questionId}`
        : `Option ${optionId} does not belong to question ${questionId}`,
    );
    this.name = 'TamperedAnswerError';
  }
}

const EXPECTED_SHAPE: Record<QuestionKindCode, AnswerValue['kind']> = {
  SINGLE: 'choice',
  MULTIPLE: 'choice',
  TRUE_FALSE: 'bool',
  SHORT_ANSWER: 'text',
  NUMERIC: 'text',
  GAP_FILL: 'gaps',
  MATCHING: 'pairs',
  ORDERING: 'order',
};

/** Share of the points (0–1) and whether anything was answered. */
type Share = { share: number; answered: boolean };

export function scoreQuestion(row: ScorableRow, answer: AnswerValue | undefined): QuestionScore {
  const max = row.points;
  if (answer !== undefined && answer.kind !== EXPECTED_SHAPE[row.kind]) throw new TamperedAnswerError(row.id, null);
  const { share, answered } = answer === undefined ? { share: 0, answered: false } : shareOf(row, answer);
  // Rounded to 4 places so 1/3 + 1/3 + 1/3 adds up to whole points.
  const points = Math.round(share * max * 10_000) / 10_000;
  return { questionId: row.id, points, max, correct: share === 1, answered };
}

function shareOf(row: ScorableRow, a: AnswerValue): Share {
  switch (a.kind) {
    case 'choice':
      return choiceShare(row, a.optionIds);
    case 'bool': {
      const c = parseQuestionConfig('TRUE_FALSE', row.config);
      return { share: a.value === c.answer ? 1 : 0, answered: true };
    }
    case 'text':
      return row.kind === 'NUMERIC' ? numericShare(row, a.value) : shortShare(row, a.value);
    case 'gaps':
      return gapShare(row, a.values);
    case 'pairs':
      return pairShare(row, a.map);
    case 'order':
      return orderShare(row, a.ids);
  }
}

function choiceShare(row: ScorableRow, raw: readonly string[]): Share {
  const allowed = new Set(row.options.map((o) => o.id));
  for (const id of raw) if (!allowed.has(id)) throw new TamperedAnswerError(row.id, id);
  const given = [...new Set(raw)];
  if (row.kind === 'SINGLE' && given.length > 1) throw new TamperedAnswerError(row.id, null);
  if (given.length === 0) return { share: 0, answered: false };
  const correct = new Set(row.options.filter((o) => o.correct).map((o) => o.id));
  const right = given.filter((id) => correct.has(id)).length;
  const wrong = given.length - right;
  const exact = wrong === 0 && right === correct.size;
  if (exact) return { share: 1, answered: true };
  const partial = row.kind === 'MULTIPLE' && parseQuestionConfig('MULTIPLE', row.config).partialCredit;
  return { share: partial && correct.size > 0 ? Math.max(0, right - wrong) / correct.size : 0, answered: true };
}

function shortShare(row: ScorableRow, value: string): Share {
  const c = parseQuestionConfig('SHORT_ANSWER', row.config);
  if (value.trim() === '') return { share: 0, answered: false };
  return { share: textMatches(value, c.accepted, c) ? 1 : 0, answered: true };
}

function numericShare(row: ScorableRow, value: string): Share {
  const c = parseQuestionConfig('NUMERIC', row.config);
  if (value.trim() === '') return { share: 0, answered: false };
  const n = parseDecimal(value);
  // The epsilon absorbs binary noise: 0.1 + 0.2 within a tolerance of 0.3 of zero.
  return { share: n !== null && Math.abs(n - c.value) <= c.tolerance + 1e-9 ? 1 : 0, answered: true };
}

function gapShare(row: ScorableRow, values: readonly string[]): Share {
  const c = parseQuestionConfig('GAP_FILL', row.config);
  if (values.length > c.gaps.length) throw new TamperedAnswerError(row.id, null);
  let right = 0;
  for (const [i, gap] of c.gaps.entries()) {
    const v = values[i] ?? '';
    if (v === '') continue;
    if (gap.choices) {
      if (!gap.choices.includes(v)) throw new TamperedAnswerError(row.id, v);
      if (gap.accepted.includes(v)) right++;
    } else if (textMatches(v, gap.accepted, c)) right++;
  }
  return { share: right / c.gaps.length, answered: values.some((v) => v.trim() !== '') };
}

function pairShare(row: ScorableRow, map: Readonly<Record<string, string>>): Share {
  const c = parseQuestionConfig('MATCHING', row.config);
  const key = new Map(c.pairs.map((p) => [p.leftId, p.rightId]));
  const rights = new Set([...c.pairs.map((p) => p.rightId), ...c.distractors.map((d) => d.id)]);
  let right = 0;
  let answered = false;
  for (const [leftId, rightId] of Object.entries(map)) {
    if (!key.has(leftId)) throw new TamperedAnswerError(row.id, leftId);
    if (rightId === '') continue;
    if (!rights.has(rightId)) throw new TamperedAnswerError(row.id, rightId);
    answered = true;
    if (key.get(leftId) === rightId) right++;
  }
  return { share: right / c.pairs.length, answered };
}

function orderShare(row: ScorableRow, ids: readonly string[]): Share {
  const c = parseQuestionConfig('ORDERING', row.config);
  if (ids.length === 0) return { share: 0, answered: false };
  const known = c.items.map((i) => i.id);
  const isPermutation =
    ids.length === known.length && new Set(ids).size === ids.length && ids.every((id) => known.includes(id));
  if (!isPermutation) throw new TamperedAnswerError(row.id, null);
  const inPlace = known.filter((id, i) => ids[i] === id).length;
  return { share: inPlace / known.length, answered: true };
}
