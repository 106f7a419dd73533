// Shorthands for the language school's demo banks: questions of every kind in a few words, with item
// ids derived from their text (stable between runs, telling nothing of the key).
import { createHash } from 'node:crypto';
import { q, type DemoQuestion } from '@/lib/demo/courses/types';

export { q };

/** A stable, key-free item id for matching and ordering items. */
export const itemId = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 10);

export const tf = (text: string, answer: boolean): DemoQuestion => ({
  kind: 'TRUE_FALSE',
  text,
  options: [],
  config: { answer },
});

export const short = (text: string, accepted: string[], points = 1): DemoQuestion => ({
  kind: 'SHORT_ANSWER',
  text,
  options: [],
  points,
  config: { accepted, ignoreDiacritics: false },
});

/** Gaps written `[[1]]`, `[[2]]`…; a gap with choices is a drop-down, its first choice the right one. */
export const gaps = (text: string, spec: (string[] | string)[], points = spec.length): DemoQuestion => ({
  kind: 'GAP_FILL',
  text,
  options: [],
  points,
  config: {
    gaps: spec.map((g) => (Array.isArray(g) ? { accepted: [g[0]], choices: g } : { accepted: [g] })),
  },
});

export const matching = (text: string, pairs: [string, string][], distractors: string[] = []): DemoQuestion => ({
  kind: 'MATCHING',
  text,
  options: [],
  points: pairs.length,
  config: {
    pairs: pairs.map(([left, right]) => ({ leftId: itemId(`L:${left}`), left, rightId: itemId(`R:${right}`), right })),
    distractors: distractors.map((d) => ({ id: itemId(`D:${d}`), text: d })),
  },
});

/** Items in the correct order. */
export const ordering = (text: string, items: string[], points = 2): DemoQuestion => ({
  kind: 'ORDERING',
  text,
  options: [],
  points,
  config: { items: items.map((t) => ({ id: itemId(`O:${t}`), text: t })) },
});

export const inBand = (category: string, questions: DemoQuestion[]): DemoQuestion[] =>
  questions.map((x) => ({ ...x, category }));
