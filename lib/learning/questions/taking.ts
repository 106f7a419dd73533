// What the browser gets for one question of an attempt: the pieces to answer with, shuffled by
// the attempt's seed, and nothing of the key. Rebuilt identically on submit, so the server knows
// exactly what the learner was shown.
import { seededShuffle } from '@/lib/learning/final-test/draw';
import { parseQuestionConfig, type QuestionKindCode, type TakingQuestion } from './config';

/** The stored question without option correctness (the caller does not even select it). */
export type TakingRow = {
  id: string;
  kind: QuestionKindCode;
  text: string;
  points: number;
  config: unknown;
  /** In the author's order. */
  options: readonly { id: string; text: string }[];
  media: { id: string; mimeType: string; fileName: string } | null;
};

export function mediaUrl(id: string): string {
  return `/api/learning/media/${encodeURIComponent(id)}`;
}

export function takingQuestion(row: TakingRow, seed: string): TakingQuestion {
  const base: TakingQuestion = {
    id: row.id,
    kind: row.kind,
    text: row.text,
    points: row.points,
    media: row.media
      ? { url: mediaUrl(row.media.id), mimeType: row.media.mimeType, fileName: row.media.fileName }
      : null,
  };
  // Same per-question seed as the options of attempts made before the other kinds existed.
  const qSeed = `${seed}:${row.id}`;
  switch (row.kind) {
    case 'SINGLE':
    case 'MULTIPLE':
      return {
        ...base,
        options: seededShuffle(
          row.options.map(({ id, text }) => ({ id, text })),
          qSeed,
        ),
      };
    case 'TRUE_FALSE':
    case 'SHORT_ANSWER':
      return base;
    case 'NUMERIC': {
      const c = parseQuestionConfig('NUMERIC', row.config);
      return c.unit ? { ...base, unit: c.unit } : base;
    }
    case 'GAP_FILL': {
      const c = parseQuestionConfig('GAP_FILL', row.config);
      const gaps = c.gaps.map((g, i) => ({
        choices: g.choices ? seededShuffle(g.choices, `${qSeed}:gap:${i}`) : null,
      }));
      return { ...base, gaps };
    }
    case 'MATCHING': {
      const c = parseQuestionConfig('MATCHING', row.config);
      const rights = [...c.pairs.map((p) => ({ id: p.rightId, text: p.right })), ...c.distractors];
      return {
        ...base,
        lefts: c.pairs.map((p) => ({ id: p.leftId, text: p.left })),
        rights: seededShuffle(rights, `${qSeed}:rights`),
      };
    }
    case 'ORDERING': {
      const c = parseQuestionConfig('ORDERING', row.config);
      return { ...base, items: shuffledAway(c.items, `${qSeed}:items`) };
    }
  }
}

/**
 * Shuffled, and never shown in the correct order (else leaving it untouched would score): a
 * shuffle that lands on it is turned by one place.
 */
function shuffledAway<T extends { id: string }>(items: readonly T[], seed: string): T[] {
  const out = seededShuffle(items, seed);
  const same = out.every((it, i) => it.id === items[i].id);
  return same ? [...out.slice(1), out[0]] : out;
}
