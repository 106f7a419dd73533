// Which questions an attempt gets, and in what order, follows from a seed stored with the
// attempt: the server can rebuild exactly what the learner saw without storing the whole draw.
import { createHash, randomBytes } from 'node:crypto';

export type DrawableQuestion = {
  id: string;
  options: readonly unknown[];
  /** For options like "all of the above" whose position carries meaning. */
  keepOptionOrder?: boolean;
};

/** A fresh seed for a new attempt (128 bits, URL-safe text). */
export function newDrawSeed(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Draws `count` questions from the bank and shuffles each one's options, deterministically for
 * a given seed. The bank is ordered by id first, so the order a database returns rows in does
 * not change the draw. A bank smaller than `count` gives all of its questions.
 */
export function drawQuestions<Q extends DrawableQuestion>(bank: readonly Q[], count: number, seed: string): Q[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Invalid number of questions: ${count}`);
  const next = seededRandom(seed);
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const drawn = shuffle(sorted, next).slice(0, count);
  return drawn.map((q) => (q.keepOptionOrder ? q : { ...q, options: shuffle(q.options, next) as Q['options'] }));
}

/** A copy of `items` in an order fixed by `seed` (the same on every machine). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  return shuffle(items, seededRandom(seed));
}

export type BankRule = { category: string; count: number };

/**
 * The attempt's questions from a bank with categories: `count` from each category that has a
 * rule (a smaller category gives all it has), in rule order by category name so the stored order
 * of rules does not matter; without rules, `fallbackCount` from the whole bank. Deterministic per seed.
 */
export function drawFromBank<Q extends DrawableQuestion & { category: string }>(
  bank: readonly Q[],
  rules: readonly BankRule[],
  fallbackCount: number,
  seed: string,
): Q[] {
  if (rules.length === 0) return drawQuestions(bank, fallbackCount, seed);
  const sorted = [...rules].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  const picked = sorted.flatMap((r) =>
    drawQuestions(
      bank.filter((q) => q.category === r.category),
      r.count,
      `${seed}:${r.category}`,
    ),
  );
  // Categories mixed in the attempt, not served in blocks.
  return seededShuffle(picked, `${seed}:order`);
}

/**
 * How many questions an attempt draws: the sum of the rules' counts if any, else the course's
 * count; with the bank's sizes per category, what the learner will really get (a smaller
 * category gives all it has).
 */
export function questionsDrawn(
  rules: readonly BankRule[],
  fallbackCount: number,
  bankSizes?: ReadonlyMap<string, number>,
): number {
  const cap = (n: number, size: number | undefined) => (bankSizes ? Math.min(n, size ?? 0) : n);
  if (rules.length === 0) {
    const total = bankSizes ? [...bankSizes.values()].reduce((a, b) => a + b, 0) : undefined;
    return cap(fallbackCount, total);
  }
  return rules.reduce((sum, r) => sum + cap(r.count, bankSizes?.get(r.category)), 0);
}

/** Fisher–Yates on a copy. */
function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = uniformBelow(i + 1, next);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Rejection sampling: plain `% n` would favour low indexes. */
function uniformBelow(n: number, next: () => number): number {
  const limit = 2 ** 32 - (2 ** 32 % n);
  let x = next();
  while (x >= limit) x = next();
  return x % n;
}

/** sfc32 seeded from SHA-256 of the seed: fast, well mixed, same sequence on every machine. */
function seededRandom(seed: string): () => number {
  const h = createHash('sha256').update(seed, 'utf8').digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next(); // warm-up, as sfc32's authors recommend
  return next;
}
