// What each question kind stores besides its text: its settings and its key. One shape shared by
// the editor (which writes it), the draw (which hides it) and the scoring (which reads it). Pure
// and free of the database, so client forms may import the types.
import { z } from 'zod';

export const QUESTION_KINDS = [
  'SINGLE',
  'MULTIPLE',
  'TRUE_FALSE',
  'SHORT_ANSWER',
  'GAP_FILL',
  'MATCHING',
  'ORDERING',
  'NUMERIC',
] as const;
export type QuestionKindCode = (typeof QUESTION_KINDS)[number];

/** Kinds whose options are QuestionOption rows (text + correct flag); the rest keep everything in `config`. */
export const OPTION_KINDS: readonly QuestionKindCode[] = ['SINGLE', 'MULTIPLE'];

/** Kinds that can score part of their points. */
export const PARTIAL_KINDS: readonly QuestionKindCode[] = ['MULTIPLE', 'GAP_FILL', 'MATCHING', 'ORDERING'];

/** How typed text is compared with the accepted answers (short answer, typed gaps). */
const textMatching = {
  caseSensitive: z.boolean().default(false),
  /** "zolw" matches "żółw"; ł counts as l. */
  ignoreDiacritics: z.boolean().default(false),
};

/** Item ids are random (lib/learning/questions/ids.ts) so their order or shape tells nothing of the key. */
const itemId = z.string().regex(/^[A-Za-z0-9_-]{4,24}$/);

/**
 * A gap is written in the question text as `[[1]]`, `[[2]]`, … in order. With `choices` it is a
 * drop-down (every accepted answer is one of the choices), without them a typed field.
 */
const gap = z.object({
  accepted: z.array(z.string().min(1)).min(1),
  choices: z.array(z.string().min(1)).min(2).optional(),
});

export const questionConfigSchemas = {
  SINGLE: z.object({}),
  MULTIPLE: z.object({ partialCredit: z.boolean().default(false) }),
  TRUE_FALSE: z.object({ answer: z.boolean() }),
  SHORT_ANSWER: z.object({ accepted: z.array(z.string().min(1)).min(1), ...textMatching }),
  GAP_FILL: z.object({ gaps: z.array(gap).min(1), ...textMatching }),
  /** Each left item has its one right item; distractors are extra right items matching nothing. */
  MATCHING: z.object({
    pairs: z
      .array(z.object({ leftId: itemId, left: z.string().min(1), rightId: itemId, right: z.string().min(1) }))
      .min(2),
    distractors: z.array(z.object({ id: itemId, text: z.string().min(1) })).default([]),
  }),
  /** Items in the correct order; the learner sees them shuffled. */
  ORDERING: z.object({ items: z.array(z.object({ id: itemId, text: z.string().min(1) })).min(2) }),
  /** Correct when |answer − value| ≤ tolerance; a comma or a dot as the decimal sign. */
  NUMERIC: z.object({
    value: z.number().finite(),
    tolerance: z.number().min(0).default(0),
    unit: z.string().optional(),
  }),
} satisfies Record<QuestionKindCode, z.ZodType>;

export type QuestionConfig<K extends QuestionKindCode = QuestionKindCode> = z.output<(typeof questionConfigSchemas)[K]>;

/** The stored config of a question, checked; a row that does not match its kind is a bug, not user input. */
export function parseQuestionConfig<K extends QuestionKindCode>(kind: K, raw: unknown): QuestionConfig<K> {
  return questionConfigSchemas[kind].parse(raw ?? {}) as QuestionConfig<K>;
}

/** The gap markers in a gap-fill text, in order: "[[1]]" → 1. */
export const GAP_MARKER = /\[\[(\d{1,2})\]\]/g;

/**
 * A learner's answer as the server reads it from the submitted form. Ids are those the learner
 * was shown; anything else is tampering (scoring rejects it).
 */
export type AnswerValue =
  | { kind: 'choice'; optionIds: string[] } // SINGLE, MULTIPLE
  | { kind: 'bool'; value: boolean } // TRUE_FALSE
  | { kind: 'text'; value: string } // SHORT_ANSWER, NUMERIC (as typed)
  | { kind: 'gaps'; values: string[] } // GAP_FILL, by gap index (0-based), "" = left empty
  | { kind: 'pairs'; map: Record<string, string> } // MATCHING: leftId → rightId
  | { kind: 'order'; ids: string[] }; // ORDERING: item ids in the learner's order

/** questionId → answer; an unanswered question is missing. */
export type AttemptAnswers = Readonly<Record<string, AnswerValue>>;

/**
 * What the browser gets for one question of an attempt: text and the pieces to answer with,
 * shuffled by the attempt's seed — never a correct flag, accepted answer, pairing or order.
 */
export type TakingQuestion = {
  id: string;
  kind: QuestionKindCode;
  /** Markdown (rendered with the lesson renderer); a gap fill's `[[n]]` markers become its fields. */
  text: string;
  points: number;
  media: { url: string; mimeType: string; fileName: string } | null;
  /** SINGLE, MULTIPLE */
  options?: { id: string; text: string }[];
  /** GAP_FILL, by gap index: a drop-down's choices (shuffled) or null for a typed field. */
  gaps?: { choices: string[] | null }[];
  /** MATCHING: left items in the author's order, right items (with distractors) shuffled. */
  lefts?: { id: string; text: string }[];
  rights?: { id: string; text: string }[];
  /** ORDERING, shuffled */
  items?: { id: string; text: string }[];
  /** NUMERIC */
  unit?: string;
};
